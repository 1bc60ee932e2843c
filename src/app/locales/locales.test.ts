import { describe, expect, it } from 'vitest';
import { textShape } from '../../test/text-shape';
import type { PageMessages } from '../page-messages';
import { dePage } from './de';
import { enPage } from './en';
import { esPage } from './es';
import { frPage } from './fr';

describe.each<[string, PageMessages]>([
  ['fr', frPage],
  ['de', dePage],
  ['es', esPage],
])("the page's %s texts", (_lang, messages) => {
  it('have every key of the English ones, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enPage).sort());
    expect(Object.keys(messages.restartNotice).sort()).toEqual(Object.keys(enPage.restartNotice).sort());
  });

  it.each(Object.keys(enPage) as (keyof PageMessages)[])('keep the shape and the placeholders of %s', (key) => {
    expect(typeof messages[key]).toBe(typeof enPage[key]);
    expect(textShape(messages[key])).toEqual(textShape(enPage[key]));
  });
});
