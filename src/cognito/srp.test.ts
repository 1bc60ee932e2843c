import { createSrpSession, signSrpSession } from 'cognito-srp-helper';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoTimestamp, makeEphemeral, SrpChallengeError, startSrp, type PasswordVerifierParameters } from './srp';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { sha256 } from '@noble/hashes/sha2';
import { g, modPow, N, padHex } from './srp-arithmetic';

afterEach(() => vi.useRealTimers());

describe('cognitoTimestamp', () => {
  it.each([
    '2026-11-03T09:04:03Z', // a one-digit day, a morning hour
    '2026-01-25T00:00:00Z', // midnight: 00, not 24
    '2027-12-31T23:59:59Z',
    '2028-02-29T12:05:09Z', // a leap day, a one-digit minute and second
    '2026-06-14T15:30:00Z', // a Sunday in June
  ])('writes %s exactly as cognito-srp-helper does', (iso) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
    expect(cognitoTimestamp(new Date())).toBe(createSrpSession('', '', 'eu-west-1_AbC123', false).timestamp);
  });

  it('reads as Cognito documents it', () => {
    expect(cognitoTimestamp(new Date('2026-11-03T09:04:03Z'))).toBe('Tue Nov 3 09:04:03 UTC 2026');
  });
});

const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('makeEphemeral', () => {
  it('draws again in the one case in 2^512 that gives a = 0 (A would be 1)', () => {
    const random = vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce((bytes) => bytes);
    const { a, A } = makeEphemeral();
    expect(random).toHaveBeenCalledTimes(2);
    random.mockRestore();
    expect(a).not.toBe(0n);
    expect(A).toBe(modPow(g, a, N));
  });

  it('makes a fresh 512-bit secret each time, and its public half g^a mod N', () => {
    const pairs = [makeEphemeral(), makeEphemeral(), makeEphemeral()];
    expect(new Set(pairs.map((pair) => pair.a)).size).toBe(3);
    for (const { a, A } of pairs) {
      expect(a > 0n && a < 2n ** 512n).toBe(true);
      // Not a short number: all but one chance in 2^32 of a fresh draw has a bit set in its top 32.
      expect(a >= 2n ** 480n).toBe(true);
      expect(A).toBe(modPow(g, a, N));
    }
  });
});

describe('startSrp', () => {
  const POOL_ID = 'eu-west-1_AbC123';

  /** cognito-srp-helper's answer for the same secret a, parameters and timestamp. */
  function referenceSignature(password: string, poolId: string, a: bigint, A: bigint, parameters: PasswordVerifierParameters, timestamp: string) {
    const session = { ...createSrpSession('unused', password, poolId, false), smallA: a.toString(16), largeA: A.toString(16), timestamp };
    return signSrpSession(session, { ChallengeParameters: { ...parameters } }).passwordSignature;
  }

  it.each([
    ['a user id and a plain password', 'alice-id', 'Passw0rd!', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'],
    ['an id Cognito gives for an email', '7c9e4f2a-1b3d-4e5f-8a6b-0c1d2e3f4a5b', 'correct horse battery staple', '00f1e2d3c4b5a697'],
    ['non-ASCII in both', 'jürgen.müller', 'pässwörd✓', '80' + randomHex(15)],
    ['a salt with leading zeros', 'bob', 'x', '0000000a1b2c'],
  ])('proves the password exactly as cognito-srp-helper does: %s', (_, userId, password, salt) => {
    for (let i = 0; i < 2; i++) {
      // The pair is made before the user is known, as `prepare` does.
      const ephemeral = makeEphemeral();
      const parameters = {
        SALT: salt,
        SRP_B: (BigInt(`0x${randomHex(384)}`) % N).toString(16),
        SECRET_BLOCK: btoa(randomHex(96)),
        USER_ID_FOR_SRP: userId,
      };
      const exchange = startSrp(password, POOL_ID, ephemeral);
      expect(exchange.srpA).toBe(ephemeral.A.toString(16));
      const answer = exchange.answer(parameters);
      expect(answer).toEqual({
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: referenceSignature(password, POOL_ID, ephemeral.a, ephemeral.A, parameters, answer.TIMESTAMP),
        TIMESTAMP: answer.TIMESTAMP,
      });
    }
  });

  it('answers as cognito-srp-helper does for fixed inputs that take every way of writing a number: B ≥ N, and u, S and the salt with and without their top bit set', () => {
    const byteOf = (i: number, j: number) => ((i * 37 + j * 11) % 256).toString(16).padStart(2, '0');
    const fixedHex = (bytes: number, i: number) => Array.from({ length: bytes }, (_, j) => byteOf(i, j)).join('');
    const seen = new Set<string>();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 12; i++) {
      const a = BigInt(`0x${fixedHex(64, i + 1)}`);
      const ephemeral = { a, A: modPow(g, a, N) };
      const B = i % 3 === 0 ? N + BigInt(`0x${fixedHex(8, i)}`) : BigInt(`0x${fixedHex(384, i)}`) % N;
      const parameters = { SALT: fixedHex(16, i + 7).slice(i % 2), SRP_B: B.toString(16), SECRET_BLOCK: btoa(fixedHex(40, i)), USER_ID_FOR_SRP: `user-${i}` };
      const answer = startSrp(`Passw0rd-${i}`, POOL_ID, ephemeral).answer(parameters);
      expect(answer.PASSWORD_CLAIM_SIGNATURE).toBe(referenceSignature(`Passw0rd-${i}`, POOL_ID, a, ephemeral.A, parameters, answer.TIMESTAMP));
      // Which ways of writing the numbers these inputs took (as padHex writes them: a top bit set gets "00" first).
      const u = BigInt(`0x${bytesToHex(sha256(hexToBytes(padHex(ephemeral.A) + padHex(B))))}`);
      const x = BigInt(`0x${bytesToHex(sha256(hexToBytes(padHex(BigInt(`0x${parameters.SALT}`)) + bytesToHex(sha256(utf8ToBytes(`AbC123user-${i}:Passw0rd-${i}`))))))}`);
      const k = BigInt(`0x${bytesToHex(sha256(hexToBytes(padHex(N) + padHex(g))))}`);
      const S = modPow(B - k * modPow(g, x, N), a + u * x, N);
      if (B >= N) seen.add('B ≥ N');
      for (const [name, value] of [['u', u], ['S', S]] as const) seen.add(`${name} ${padHex(value).startsWith('00') ? 'top bit set' : 'top bit clear'}`);
      seen.add(parameters.SALT.length % 2 === 1 ? 'salt of odd length' : 'salt of even length');
    }
    expect([...seen].sort()).toEqual(
      ['B ≥ N', 'S top bit clear', 'S top bit set', 'salt of even length', 'salt of odd length', 'u top bit clear', 'u top bit set'].sort(),
    );
  });

  it('makes a pair of its own when none was made ahead: a fresh A each time', () => {
    const sent = [startSrp('Passw0rd!', POOL_ID).srpA, startSrp('Passw0rd!', POOL_ID).srpA].map((hex) => BigInt(`0x${hex}`));
    expect(sent[0]).not.toBe(sent[1]);
    for (const A of sent) expect(A > 1n && A < N).toBe(true);
  });

  it('gives another signature for another password', () => {
    const ephemeral = makeEphemeral();
    const parameters = { SALT: 'abcdef', SRP_B: '5eed'.repeat(96), SECRET_BLOCK: btoa('block'), USER_ID_FOR_SRP: 'carol' };
    vi.useFakeTimers({ toFake: ['Date'] });
    const signature = (password: string) => startSrp(password, POOL_ID, ephemeral).answer(parameters).PASSWORD_CLAIM_SIGNATURE;
    expect(signature('Passw0rd!')).toBe(signature('Passw0rd!'));
    expect(signature('Passw0rd!')).not.toBe(signature('passw0rd!'));
  });

  const complete = { SALT: 'abcdef', SRP_B: '5eed'.repeat(96), SECRET_BLOCK: btoa('block'), USER_ID_FOR_SRP: 'carol' };

  it.each(['SALT', 'SRP_B', 'SECRET_BLOCK', 'USER_ID_FOR_SRP'] as const)('refuses a challenge without %s', (name) => {
    const exchange = startSrp('Passw0rd!', POOL_ID);
    const refused = (() => {
      try {
        exchange.answer({ ...complete, [name]: undefined });
      } catch (reason) {
        return reason;
      }
    })();
    expect(refused).toBeInstanceOf(SrpChallengeError);
    expect(refused).toMatchObject({ name: 'SrpChallengeError', message: `PASSWORD_VERIFIER came without ${name}` });
  });

  it.each([
    ['0', '0'.repeat(8)],
    ['N', N.toString(16)],
    ['2N', (2n * N).toString(16)],
  ])('refuses an SRP_B of %s (the key would not depend on the password)', (_, srpB) => {
    expect(() => startSrp('Passw0rd!', POOL_ID).answer({ ...complete, SRP_B: srpB })).toThrow(new SrpChallengeError('SRP_B mod N is 0'));
  });

  it.each([
    ['SRP_B', 'xyz', 'a hex number'],
    ['SALT', '-12', 'a hex number'],
    ['SALT', '12 ', 'a hex number'],
    ['SECRET_BLOCK', 'not base64!', 'base64'],
  ] as const)('refuses a challenge whose %s is %j: not %s', (name, value, what) => {
    const exchange = startSrp('Passw0rd!', POOL_ID);
    expect(() => exchange.answer({ ...complete, [name]: value })).toThrow(
      new SrpChallengeError(`PASSWORD_VERIFIER's ${name} is not ${what}`),
    );
  });
});
