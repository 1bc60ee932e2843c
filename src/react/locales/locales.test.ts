import { describe, expect, it } from 'vitest';
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

/** What a text must keep in every language: the values it is given, and the numbers it states. */
function placeholders(value: unknown): string[] {
  if (typeof value === 'function') {
    const marks = ['⟦1⟧', '⟦2⟧', '⟦3⟧'];
    const text = String((value as (...args: string[]) => string)(...marks));
    return [...marks.filter((mark) => text.includes(mark)), ...placeholders(text.replace(/⟦\d⟧/g, ''))];
  }
  if (Array.isArray(value)) return value.flatMap((item) => placeholders(item));
  return String(value).match(/\d+/g)?.sort() ?? [];
}

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
    expect(placeholders(translated)).toEqual(placeholders(english));
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
