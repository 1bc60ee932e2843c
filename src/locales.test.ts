import { describe, expect, it } from 'vitest';
import { dePage } from './app/locales/de';
import { enPage } from './app/locales/en';
import { esPage } from './app/locales/es';
import { frPage } from './app/locales/fr';
import type { PageMessages } from './app/page-messages';
import { deMessages } from './react/locales/de';
import { enMessages } from './react/locales/en';
import { esMessages } from './react/locales/es';
import { frMessages } from './react/locales/fr';
import type { Messages } from './react/messages';
import { textShape } from './test/text-shape';

// Every locale file, the wizard's (src/react/locales) and the page's (src/app/locales), against the
// English one. A missing key does not compile (each is typed as the full set); this also catches an
// extra key, a lost placeholder or value, and a number that changed in translation.
const others = [
  ['fr', frMessages, frPage],
  ['de', deMessages, dePage],
  ['es', esMessages, esPage],
] as const;

describe.each(others)('the %s texts', (lang, wizard, page) => {
  describe('of the wizard', () => {
    it('have every key of the English ones, and no other', () => {
      expect(Object.keys(wizard).sort()).toEqual(Object.keys(enMessages).sort());
    });

    it(`name their language: lang "${lang}"`, () => {
      expect(wizard.lang).toBe(lang);
    });

    it.each(Object.keys(enMessages) as (keyof Messages)[])('keep the shape and the placeholders of %s', (key) => {
      const english = enMessages[key];
      const translated = wizard[key];
      expect(typeof translated).toBe(typeof english);
      if (Array.isArray(english)) expect(translated).toHaveLength(english.length);
      expect(textShape(translated)).toEqual(textShape(english));
      expect(String(typeof translated === 'function' ? translated('a', 'b') : translated).trim()).not.toBe('');
    });

    it('name the "Open in authenticator app" button in the first phone step, in their own words', () => {
      expect(wizard.phoneInstructions[0]).toContain(wizard.openInApp);
    });
  });

  describe('of the page', () => {
    it('have every key of the English ones, and no other', () => {
      expect(Object.keys(page).sort()).toEqual(Object.keys(enPage).sort());
      expect(Object.keys(page.restartNotice).sort()).toEqual(Object.keys(enPage.restartNotice).sort());
    });

    it.each(Object.keys(enPage) as (keyof PageMessages)[])('keep the shape and the placeholders of %s', (key) => {
      expect(typeof page[key]).toBe(typeof enPage[key]);
      expect(textShape(page[key])).toEqual(textShape(enPage[key]));
    });
  });
});

describe('the English texts', () => {
  it('name the "Open in authenticator app" button in the first phone step', () => {
    expect(enMessages.phoneInstructions[0]).toContain(enMessages.openInApp);
  });
});
