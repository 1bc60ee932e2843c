import { describe, expect, it } from 'vitest';
import { groupSecret, normalizeSecret } from './secret-key';

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
