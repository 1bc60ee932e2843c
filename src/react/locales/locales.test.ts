import { describe, expect, it } from 'vitest';
import { textShape } from '../../test/text-shape';
import type { Messages } from '../messages';
import { deMessages } from './de';
import { enMessages } from './en';
import { esMessages } from './es';
import { frMessages } from './fr';

const locales: [string, Messages][] = [
  ['fr', frMessages],
  ['de', deMessages],
  ['es', esMessages],
];

describe.each(locales)('the %s messages', (lang, messages) => {
  it('have every key of the English ones, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enMessages).sort());
  });

  it(`name their language: lang "${lang}"`, () => {
    expect(messages.lang).toBe(lang);
  });

  it.each(Object.keys(enMessages) as (keyof Messages)[])('keep the shape and the placeholders of %s', (key) => {
    const english = enMessages[key];
    const translated = messages[key];
    expect(typeof translated).toBe(typeof english);
    if (Array.isArray(english)) expect(translated).toHaveLength(english.length);
    expect(textShape(translated)).toEqual(textShape(english));
    expect(String(typeof translated === 'function' ? translated('a', 'b') : translated).trim()).not.toBe('');
  });

  it('name the "Open in authenticator app" button in the first phone step, in their own words', () => {
    expect(messages.phoneInstructions[0]).toContain(messages.openInApp);
  });
});

describe('the English messages', () => {
  it('name the "Open in authenticator app" button in the first phone step', () => {
    expect(enMessages.phoneInstructions[0]).toContain(enMessages.openInApp);
  });
});
