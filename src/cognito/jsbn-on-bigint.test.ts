import * as srpOnBigInt from 'cognito-srp-helper';
import jsbn from 'jsbn/index.js';
import { describe, expect, it, vi } from 'vitest';
import { BigInteger, modPow } from './jsbn-on-bigint';

// The real jsbn, by its file (the Vite config resolves the bare `jsbn` to jsbn-on-bigint for all it
// bundles, cognito-srp-helper included: see `srpOnBigInt`), and the library's CommonJS build, which
// Node loads itself, on the real jsbn.
const { BigInteger: Jsbn } = jsbn;
const cjsBuild = '../../node_modules/cognito-srp-helper/dist/cjs/index.js';
const srpOnJsbn = (await import(/* @vite-ignore */ cjsBuild)) as typeof import('cognito-srp-helper');

// Cognito's 3072-bit group (RFC 5054), as cognito-srp-helper writes it.
const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Hex numbers of the sizes SRP uses, with leading zeros and signs, and the edges. */
const samples = [
  '0',
  '1',
  '-1',
  '2',
  'ff',
  '-80',
  '000fab',
  N_HEX,
  `-${N_HEX}`,
  ...[16, 32, 128, 384, 400].map((bytes) => randomHex(bytes)),
  `-${randomHex(384)}`,
];

describe('jsbn on BigInt', () => {
  it.each(samples)('reads and writes %s as jsbn does, in bases 16 and 10', (hex) => {
    const ours = new BigInteger(hex, 16);
    const theirs = new Jsbn(hex, 16);
    expect(ours.toString(16)).toBe(theirs.toString(16));
    expect(ours.toString()).toBe(theirs.toString());
    expect(new BigInteger(ours.toString(), 10).toString(16)).toBe(theirs.toString(16));
    expect(ours.abs().toString(16)).toBe(theirs.abs().toString(16));
  });

  it('adds, subtracts, multiplies and compares as jsbn does', () => {
    for (const left of samples) {
      for (const right of samples) {
        const [a, b] = [new BigInteger(left, 16), new BigInteger(right, 16)];
        const [x, y] = [new Jsbn(left, 16), new Jsbn(right, 16)];
        expect(a.add(b).toString(16)).toBe(x.add(y).toString(16));
        expect(a.subtract(b).toString(16)).toBe(x.subtract(y).toString(16));
        expect(a.multiply(b).toString(16)).toBe(x.multiply(y).toString(16));
        expect(Math.sign(a.compareTo(b))).toBe(Math.sign(x.compareTo(y)));
        expect(a.equals(b)).toBe(x.equals(y));
      }
    }
  });

  it('raises to a power modulo N as jsbn does, a negative base (B − k·g^x) included', () => {
    const bases = ['0', '1', '-1', '2', '-80', N_HEX, randomHex(384), randomHex(400), `-${randomHex(400)}`];
    // Windows of every length and runs of zeros, at the start, inside and at the end of the exponent.
    const exponents = ['0', '1', '2', 'f', '10', '1f', '3e', '21', '8000000000000001', 'ffffffffff', 'a5a5a5a50000', randomHex(32), randomHex(160)];
    for (const base of bases) {
      for (const exponent of exponents) {
        expect(new BigInteger(base, 16).modPow(new BigInteger(exponent, 16), new BigInteger(N_HEX, 16)).toString(16)).toBe(
          new Jsbn(base, 16).modPow(new Jsbn(exponent, 16), new Jsbn(N_HEX, 16)).toString(16),
        );
      }
    }
  });

  it('has jsbn’s ZERO and ONE', () => {
    expect(BigInteger.ZERO.toString(16)).toBe(Jsbn.ZERO.toString(16));
    expect(BigInteger.ONE.toString(16)).toBe(Jsbn.ONE.toString(16));
    expect(BigInteger.ZERO.equals(new BigInteger('-0', 16))).toBe(true);
  });

  it('refuses what is not a number in its base', () => {
    expect(() => new BigInteger('12g4', 16)).toThrow('not a base-16 integer: "12g4"');
    expect(() => new BigInteger('ff', 10)).toThrow('not a base-10 integer: "ff"');
    expect(() => new BigInteger('', 16)).toThrow(SyntaxError);
  });

  it('refuses a power it cannot take: a negative exponent, a modulus under 1', () => {
    expect(() => modPow(2n, -1n, 7n)).toThrow('the exponent must not be negative');
    expect(() => modPow(2n, 3n, 0n)).toThrow('the modulus must be positive');
    expect(modPow(5n, 0n, 1n)).toBe(0n);
    expect(modPow(5n, 0n, 7n)).toBe(1n);
  });
});

describe('cognito-srp-helper on BigInt', () => {
  it('does its powers on jsbn-on-bigint in the bundled copy', () => {
    const modPowCalls = vi.spyOn(BigInteger.prototype, 'modPow');
    const session = srpOnBigInt.createSrpSession('alice', 'Passw0rd!', 'eu-west-1_AbC123', false);
    expect(modPowCalls).toHaveBeenCalledTimes(1);
    // A = g^a mod N, as jsbn makes it from the same a.
    expect(session.largeA).toBe(new Jsbn('2', 16).modPow(new Jsbn(session.smallA, 16), new Jsbn(N_HEX, 16)).toString(16));
    // The CommonJS copy the next test compares with is on the real jsbn.
    srpOnJsbn.createSrpSession('alice', 'Passw0rd!', 'eu-west-1_AbC123', false);
    expect(modPowCalls).toHaveBeenCalledTimes(1);
    modPowCalls.mockRestore();
  });

  it('signs PASSWORD_VERIFIER exactly as it does on jsbn', () => {
    const session = srpOnJsbn.createSrpSession('alice', 'Passw0rd!', 'eu-west-1_AbC123', false);
    for (let i = 0; i < 3; i++) {
      const response = {
        ChallengeParameters: {
          SALT: randomHex(16),
          SRP_B: new Jsbn(randomHex(384), 16).mod(new Jsbn(N_HEX, 16)).toString(16),
          SECRET_BLOCK: btoa(randomHex(64)),
          USER_ID_FOR_SRP: 'alice-id',
        },
      };
      expect(srpOnBigInt.signSrpSession(session, response).passwordSignature).toBe(
        srpOnJsbn.signSrpSession(session, response).passwordSignature,
      );
    }
  });
});
