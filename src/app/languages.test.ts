import { describe, expect, it } from 'vitest';
import { languages, pickLanguage } from './languages';

describe('pickLanguage', () => {
  it.each<[string, readonly string[], string | null, string]>([
    ["the browser's first language the page speaks", ['de-AT', 'en'], null, 'de'],
    ['past languages it does not speak', ['ja', 'pt-BR', 'es-MX', 'fr'], null, 'es'],
    ['English when it speaks none of them', ['ja', 'zh-Hans'], null, 'en'],
    ['English with no languages at all', [], null, 'en'],
    ["the user's choice over the browser's", ['de'], 'fr', 'fr'],
    ["the browser's when the choice is one it does not speak", ['de'], 'it', 'de'],
    ['a choice in any case, with a region', ['en'], 'ES-es', 'es'],
  ])('takes %s', (_case, browser, choice, expected) => {
    expect(pickLanguage(browser, choice)).toBe(expected);
  });

  it('gives every language the page and the wizard texts of that language', () => {
    for (const [code, { page, wizard }] of Object.entries(languages)) {
      expect(wizard.lang).toBe(code);
      expect(page.signInHeading).not.toBe('');
    }
  });
});
