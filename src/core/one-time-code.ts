/** A Cognito TOTP code is always six digits (RFC 6238 with Cognito's settings). */
export const CODE_LENGTH = 6;

/** Why a typed code cannot be sent. */
export type CodeProblem = 'empty' | 'too-short' | 'too-long' | 'not-digits';

/** Six ASCII digits, as `validateCode` found them: the only code the wizard sends. */
export type OneTimeCode = string & { readonly __brand: 'OneTimeCode' };

/** What `validateCode` found. */
export type CodeValidation =
  | {
      ok: true;
      /** The code as Cognito wants it: six ASCII digits. */
      code: OneTimeCode;
    }
  | {
      ok: false;
      /** Why it cannot be sent; the message key `code:<problem>` says it to the user. */
      problem: CodeProblem;
    };

// Digits some keyboards type that NFKC leaves alone: Arabic-Indic, Extended Arabic-Indic,
// Devanagari, Bengali. Each block is ten consecutive code points from zero.
const nativeDigitZeros = [0x0660, 0x06f0, 0x0966, 0x09e6];

// Separators people and apps put inside a code: spaces of every width, hyphens and dashes, dots.
const separators = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212\uff0d.\u00b7]/g;

/**
 * The code as Cognito wants it: "123 456", "123-456" or full-width "１２３４５６" become "123456".
 * Anything that is not a separator or a digit is kept, so validation can say so.
 */
export function normalizeCode(input: string): string {
  return Array.from(input.normalize('NFKC').replace(separators, ''), toAsciiDigit).join('');
}

function toAsciiDigit(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  const zero = nativeDigitZeros.find((start) => point >= start && point < start + 10);
  return zero === undefined ? char : String(point - zero);
}

/** Normalises, then says whether the code is exactly six digits, or what is wrong with it. */
export function validateCode(input: string): CodeValidation {
  const code = normalizeCode(input);
  if (code.length === 0) return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(code)) return { ok: false, problem: 'not-digits' };
  if (code.length < CODE_LENGTH) return { ok: false, problem: 'too-short' };
  if (code.length > CODE_LENGTH) return { ok: false, problem: 'too-long' };
  return { ok: true, code: code as OneTimeCode };
}
