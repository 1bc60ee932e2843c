import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
// The page's sliding-window power (held to jsbn in jsbn-on-bigint.test.ts). Sharing it does not let the
// two sides vouch for each other: srp.test.ts holds this side to a vector from amazon-cognito-identity-js.
import { modPow } from '../../src/cognito/jsbn-on-bigint.ts';

/**
 * The server's side of Cognito's SRP variant (USER_SRP_AUTH → PASSWORD_VERIFIER), as
 * its clients compute the other side: the 3072-bit group of RFC 3526, SHA-256, and
 * Cognito's own choices (x over the pool name and the user id, every number hashed
 * in its minimal two's-complement hex, the key from HKDF "Caldera Derived Key").
 * No npm package does the server's half the way Cognito's clients expect it, so it
 * is written here once, and proven against vectors from amazon-cognito-identity-js.
 */

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const g = 2n;

/** A positive number as Cognito's clients hash it: even-length hex, "00" first when the top bit is set. */
export function padHex(n: bigint): string {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

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
