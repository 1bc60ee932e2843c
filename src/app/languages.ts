import { deMessages, enMessages, esMessages, frMessages, type Messages } from 'cognito-mfa-wizard';
import { dePage } from './locales/de';
import { enPage } from './locales/en';
import { esPage } from './locales/es';
import { frPage } from './locales/fr';
import type { PageMessages } from './page-messages';

export interface LanguageTexts {
  /** The language's name in itself, for the chooser. */
  name: string;
  page: PageMessages;
  wizard: Messages;
}

/** The languages the page speaks: its own texts and the wizard's, one pair a language. */
export const languages = {
  en: { name: 'English', page: enPage, wizard: enMessages },
  fr: { name: 'Français', page: frPage, wizard: frMessages },
  de: { name: 'Deutsch', page: dePage, wizard: deMessages },
  es: { name: 'Español', page: esPage, wizard: esMessages },
} satisfies Record<string, LanguageTexts>;

export type Language = keyof typeof languages;

const isLanguage = (tag: string): tag is Language => Object.hasOwn(languages, tag);

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
