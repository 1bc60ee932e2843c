import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
// The page's group, padding and sliding-window power (the power held to jsbn in srp-arithmetic.test.ts).
// Sharing them does not let the two sides vouch for each other: srp.test.ts holds this side to a vector
// from amazon-cognito-identity-js, and the page's side is held to cognito-srp-helper.
import { g, modPow, N, padHex } from '../../src/cognito/srp-arithmetic.ts';

export { g, N, padHex };

/**
 * The server's side of Cognito's SRP variant (USER_SRP_AUTH → PASSWORD_VERIFIER), as
 * its clients compute the other side: the 3072-bit group of RFC 3526, SHA-256, and
 * Cognito's own choices (x over the pool name and the user id, every number hashed
 * in its minimal two's-complement hex, the key from HKDF "Caldera Derived Key").
 * No npm package does the server's half the way Cognito's clients expect it, so it
 * is written here once, and proven against vectors from amazon-cognito-identity-js.
 */

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const hexHash = (hex: string) => sha256(Buffer.from(hex, 'hex')).toString('hex');
const toBigInt = (hex: string) => BigInt(`0x${hex}`);

export const k = toBigInt(hexHash(padHex(N) + padHex(g)));

/** The pool's name in the hashes: the part of the user pool id after the "_". */
export const poolNameOf = (userPoolId: string) => userPoolId.slice(userPoolId.indexOf('_') + 1);

/** v = g^x, x = H(salt ‖ H(poolName ‖ userId ‖ ":" ‖ password)), from the password cognito-local keeps. */
export function verifierOf(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = sha256(`${poolName}${userId}:${password}`).toString('hex');
  const x = toBigInt(hexHash(padHex(toBigInt(saltHex)) + inner));
  return modPow(g, x, N);
}

/** A fresh salt, written the way clients read it back (a number, in hex). */
export const newSalt = () => padHex(toBigInt(randomBytes(16).toString('hex')));

/** The server's ephemeral pair: b, and B = k·v + g^b (never 0 mod N). */
export function serverEphemeral(verifier: bigint, b: bigint = toBigInt(randomBytes(32).toString('hex'))) {
  const B = (k * verifier + modPow(g, b, N)) % N;
  if (B === 0n) return serverEphemeral(verifier);
  return { b, B: B.toString(16) };
}

export class SrpInputError extends Error {
  override name = 'SrpInputError';
}

/**
 * Checks the client's SRP_A against the server's B before any power is taken (so InitiateAuth can refuse
 * a bad one without deriving the key it does not need yet): hex, not a multiple of N (S would then be
 * zero whatever the password: the SRP-6a safeguard), and u = H(A ‖ B) not zero.
 */
export function clientEphemeral(srpA: string, B: string): { A: bigint; u: bigint } {
  if (!/^[0-9a-fA-F]+$/.test(srpA)) throw new SrpInputError('SRP_A is not a hex number');
  const A = toBigInt(srpA);
  if (A % N === 0n) throw new SrpInputError('SRP_A mod N is 0');
  const u = toBigInt(hexHash(padHex(A) + padHex(toBigInt(B))));
  if (u === 0n) throw new SrpInputError('u is 0');
  return { A, u };
}

/** The 16-byte key both sides derive: HKDF-SHA-256 over S = (A·v^u)^b with salt u. */
export function sessionKey(srpA: string, B: string, b: bigint, verifier: bigint): Buffer {
  const { A, u } = clientEphemeral(srpA, B);
  const S = modPow((A * modPow(verifier, u, N)) % N, b, N);
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), 'Caldera Derived Key', 16),
  );
}

/** PASSWORD_CLAIM_SIGNATURE: base64 HMAC-SHA-256(key, poolName ‖ userId ‖ secret block ‖ TIMESTAMP). */
export function claimSignature(key: Buffer, poolName: string, userId: string, secretBlock: string, timestamp: string) {
  return createHmac('sha256', key)
    .update(poolName)
    .update(userId)
    .update(Buffer.from(secretBlock, 'base64'))
    .update(timestamp)
    .digest('base64');
}

/** Compares a claimed signature in constant time. */
export function signatureMatches(expected: string, claimed: unknown): boolean {
  if (typeof claimed !== 'string') return false;
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(claimed, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}
