import { enMessages, type Messages } from 'cognito-mfa-wizard';
import { enPage } from './locales/en';
import type { PageMessages } from './page-messages';

export interface LanguageTexts {
  /** The language's name in itself, for the chooser. */
  name: string;
  page: PageMessages;
  wizard: Messages;
}

/** The languages the page speaks, each by its name in itself: its own texts and the wizard's. */
export const languageNames = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español' } as const;

export type Language = keyof typeof languageNames;

/** English is in the page; each other language is a chunk of its own, fetched when it is spoken (about 5 kB gzip each). */
const english: LanguageTexts = { name: languageNames.en, page: enPage, wizard: enMessages };
const fetchers: Record<Exclude<Language, 'en'>, () => Promise<Pick<LanguageTexts, 'page' | 'wizard'>>> = {
  fr: () => import('./locales/texts-fr'),
  de: () => import('./locales/texts-de'),
  es: () => import('./locales/texts-es'),
};
const loaded = new Map<Language, LanguageTexts>([['en', english]]);

/** A language's texts, once they are here (see loadLanguage); English until then. */
export function textsOf(language: Language): LanguageTexts {
  return loaded.get(language) ?? english;
}

/** A language's texts, fetched if need be; English when they cannot be, so that the page still speaks. */
export async function loadLanguage(language: Language): Promise<LanguageTexts> {
  const known = loaded.get(language);
  if (known) return known;
  if (language === 'en') return english;
  try {
    const { page, wizard } = await fetchers[language]();
    const texts = { name: languageNames[language], page, wizard };
    loaded.set(language, texts);
    return texts;
  } catch {
    return english;
  }
}

const isLanguage = (tag: string): tag is Language => Object.hasOwn(languageNames, tag);

/** The page's language for a BCP 47 tag ("fr-CA" is French), or undefined when it speaks none of it. */
function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The language to speak: the user's own choice (the chooser, or `?lang=` in the page's address) when
 * the page has it, else the first of the browser's languages that it has, else English.
 */
export function pickLanguage(browserLanguages: readonly string[], choice?: string | null): Language {
  return languageOf(choice) ?? browserLanguages.map(languageOf).find((found) => found !== undefined) ?? 'en';
}
