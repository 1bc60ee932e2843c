// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EnrollmentError } from './enrollment-error';
import { groupSecret, keyFromCognito, normalizeSecret } from './secret-key';

describe('normalizeSecret', () => {
  it.each([
    ['JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['jbswy3dpehpk3pxp', 'JBSWY3DPEHPK3PXP'],
    ['JBSW Y3DP EHPK 3PXP', 'JBSWY3DPEHPK3PXP'],
    ['JBSWY3DPEHPK3PX=', 'JBSWY3DPEHPK3PX'],
    ['MFRGG===', 'MFRGG'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeSecret(input)).toBe(expected);
  });
});

describe('groupSecret', () => {
  it.each([
    ['JBSWY3DPEHPK3PXP', 'JBSW Y3DP EHPK 3PXP'],
    ['JBSWY3DPEHPK3PXPAB', 'JBSW Y3DP EHPK 3PXP AB'],
    ['abc', 'ABC'],
    ['ABCD', 'ABCD'],
    ['', ''],
    ['MFRGG===', 'MFRG G'],
  ])('groups %j as %j', (input, expected) => {
    expect(groupSecret(input)).toBe(expected);
  });

  it('groups a 52-character key (as real pools return) into 13 groups', () => {
    const key = 'A'.repeat(52);
    expect(groupSecret(key).split(' ')).toHaveLength(13);
  });
});

describe('keyFromCognito', () => {
  it.each([
    ['a key as Cognito sends it', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPABCQ', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPABCQ'],
    ['a key in lower case with spaces and padding', 'jbsw y3dp ehpk 3pxp====', 'JBSWY3DPEHPK3PXP'],
  ])('takes %s, normalised once', (_case, secretCode, key) => {
    expect(keyFromCognito(secretCode)).toBe(key);
  });

  it.each<[string, string | undefined, string]>([
    ['no key', undefined, 'MissingSecretCode'],
    ['an empty key', '', 'MissingSecretCode'],
    ['digits base32 does not have (0, 1, 8, 9)', 'JBSWY3DPEHPK3PX0', 'InvalidSecretCode'],
    ['a key shorter than 16 characters', 'JBSWY3DPEHPK3PX', 'InvalidSecretCode'],
    ['a key with URI characters', 'JBSWY3DPEHPK3PXP&issuer=Evil', 'InvalidSecretCode'],
  ])('refuses %s as an answer the wizard cannot use, its outcome unknown', (_case, secretCode, name) => {
    let thrown: unknown;
    try {
      keyFromCognito(secretCode);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnrollmentError);
    expect((thrown as EnrollmentError).error).toEqual({ kind: 'unknown', operation: 'associate', name, outcomeUnknown: true });
  });
});
