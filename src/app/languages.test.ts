import { describe, expect, it } from 'vitest';
import { languageNames, loadLanguage, pickLanguage, textsOf, type Language } from './languages';

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

  it('gives every language the page and the wizard texts of that language, once fetched', async () => {
    for (const code of Object.keys(languageNames) as Language[]) {
      const { name, page, wizard } = await loadLanguage(code);
      expect(name).toBe(languageNames[code]);
      expect(wizard.lang).toBe(code);
      expect(page.signInHeading).not.toBe('');
      expect(textsOf(code).wizard.lang).toBe(code);
    }
  });

  it('speaks English until another language has been fetched', () => {
    expect(textsOf('en').wizard.lang).toBe('en');
  });
});
