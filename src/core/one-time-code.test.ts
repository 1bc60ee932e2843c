// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeCode, validateCode } from './one-time-code';

describe('normalizeCode', () => {
  it.each([
    ['Arabic-Indic', 0x0660],
    ['Extended Arabic-Indic', 0x06f0],
    ['Devanagari', 0x0966],
    ['Bengali', 0x09e6],
  ])('reads %s zero and nine as 0 and 9, and leaves the character after nine alone', (_script, zero) => {
    expect(normalizeCode(String.fromCodePoint(zero, zero + 9))).toBe('09');
    expect(normalizeCode(String.fromCodePoint(zero + 10))).toBe(String.fromCodePoint(zero + 10));
  });

  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56 ', '123456'],
    ['123\u00a0456', '123456'],
    ['123\u2013456', '123456'],
    ['123.456', '123456'],
    ['１２３４５６', '123456'],
    ['１２３　４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['۱۲۳۴۵۶', '123456'],
    ['12a456', '12a456'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });
});

describe('validateCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['０００１２３', '000123'],
  ])('accepts %j as %j', (input, code) => {
    expect(validateCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['- -', 'empty'],
    ['12345', 'too-short'],
    ['1', 'too-short'],
    ['1234567', 'too-long'],
    ['123 4567', 'too-long'],
    ['12345a', 'not-digits'],
    ['abcdef', 'not-digits'],
    ['12345', 'too-short'],
    ['123+45', 'not-digits'],
    ['1234567a', 'not-digits'],
  ] as const)('rejects %j as %s', (input, problem) => {
    expect(validateCode(input)).toEqual({ ok: false, problem });
  });
});
