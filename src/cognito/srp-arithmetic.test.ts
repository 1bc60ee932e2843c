import jsbn from 'jsbn';
import { describe, expect, it } from 'vitest';
import { fromHex, g, generatorPowers, modPow, N, padHex } from './srp-arithmetic';

// jsbn, the big-number library Cognito's JavaScript clients (amazon-cognito-identity-js,
// cognito-srp-helper) compute their powers with: the reference for ours.
const { BigInteger: Jsbn } = jsbn;

const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('modPow', () => {
  it('raises to a power modulo N as jsbn does, a negative base (B − k·g^x) included', () => {
    const bases = ['0', '1', '-1', '2', '-80', N.toString(16), randomHex(384), randomHex(400), `-${randomHex(400)}`];
    // Windows of every length and runs of zeros, at the start, inside and at the end of the exponent.
    const exponents = ['0', '1', '2', 'f', '10', '1f', '3e', '21', '8000000000000001', 'ffffffffff', 'a5a5a5a50000', randomHex(32), randomHex(64), randomHex(160)];
    for (const base of bases) {
      for (const exponent of exponents) {
        const theirs = new Jsbn(base, 16).modPow(new Jsbn(exponent, 16), new Jsbn(N.toString(16), 16)).toString(16);
        const negative = base.startsWith('-');
        const ours = modPow((negative ? -1n : 1n) * BigInt(`0x${negative ? base.slice(1) : base}`), BigInt(`0x${exponent}`), N);
        expect(ours.toString(16)).toBe(theirs);
      }
    }
  });

  it('refuses a power it cannot take: a negative exponent, a modulus under 1', () => {
    expect(() => modPow(2n, -1n, 7n)).toThrow('the exponent must not be negative');
    expect(() => modPow(2n, 3n, 0n)).toThrow('the modulus must be positive');
    expect(modPow(5n, 0n, 1n)).toBe(0n);
    expect(modPow(5n, 0n, 7n)).toBe(1n);
  });
});

describe('padHex', () => {
  it.each([
    [0n, '00'],
    [0x7fn, '7f'],
    [0x80n, '0080'],
    [0xfn, '0f'],
    [0x1234n, '1234'],
    [0xabcdn, '00abcd'],
  ])("writes %s as Cognito's clients hash it: %s", (n, hex) => {
    expect(padHex(n)).toBe(hex);
  });

  it('refuses a negative number (SRP hashes none)', () => {
    expect(() => padHex(-1n)).toThrow(new RangeError('padHex: SRP hashes no negative number'));
  });
});

describe('fromHex', () => {
  it('reads hex of any case and length, leading zeros included', () => {
    expect(fromHex('00ff')).toBe(255n);
    expect(fromHex('ABCdef')).toBe(0xabcdefn);
    expect(fromHex(N.toString(16))).toBe(N);
  });

  it.each(['', '-1', '0x12', '12g4', ' 12', '12 ', '12\n'])('refuses %j, naming it', (text) => {
    expect(() => fromHex(text)).toThrow(new SyntaxError(`not a hex number: "${text}"`));
  });

  it('names at most 40 characters of what it refuses', () => {
    expect(() => fromHex(`${'f'.repeat(50)}!`)).toThrow(new SyntaxError(`not a hex number: "${'f'.repeat(40)}"`));
  });
});

describe('generatorPowers', () => {
  it('gives g^e mod N as modPow does, for exponents of every shape up to its size', () => {
    for (const bits of [512, 256, 20]) {
      const power = generatorPowers(bits);
      const top = (1n << BigInt(bits)) - 1n;
      const exponents = [0n, 1n, 2n, 3n, 255n, 256n, top, top >> 1n, 1n << BigInt(bits - 1), top ^ 0xf0f0n];
      for (const bytes of [2, bits / 16, bits / 8]) exponents.push(BigInt(`0x${randomHex(Math.max(1, Math.floor(bytes)))}`) & top);
      for (const exponent of exponents) expect(power(exponent)).toBe(modPow(g, exponent, N));
    }
  });

  it('refuses an exponent it has no columns for, or a negative one', () => {
    const power = generatorPowers(256);
    expect(() => power(1n << 256n)).toThrow(new RangeError('the exponent must be a number of 256 bits at most'));
    expect(() => power(-1n)).toThrow(RangeError);
    // A size that is not a multiple of the rows is rounded up to one.
    expect(generatorPowers(20)((1n << 24n) - 1n)).toBe(modPow(g, (1n << 24n) - 1n, N));
  });
});
