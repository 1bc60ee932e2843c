/**
 * The client's half of Cognito's SRP (USER_SRP_AUTH → PASSWORD_VERIFIER), so that the password
 * never leaves the browser: Cognito's SRP-6a variant (the 3072-bit group of RFC 3526, SHA-256, x over
 * the pool's name and the user's id, the key from HKDF "Caldera Derived Key"), with the powers on
 * `BigInt` and the hashes from @noble/hashes (audited, synchronous, no platform crypto needed, so it
 * works on an http:// test address too). srp.test.ts holds every answer to cognito-srp-helper's, and
 * the e2e tests sign in against the local Cognito, whose side is held to amazon-cognito-identity-js.
 * The AWS SDK stays the transport.
 */
import { hkdf } from '@noble/hashes/hkdf';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { fromHex, g, generatorPowers, modPow, N, padHex } from './srp-arithmetic';

/** What PASSWORD_VERIFIER's ChallengeParameters carry for the client. */
export interface PasswordVerifierParameters {
  SALT?: string | undefined;
  SRP_B?: string | undefined;
  SECRET_BLOCK?: string | undefined;
  USER_ID_FOR_SRP?: string | undefined;
}

export interface SrpExchange {
  /** SRP_A for InitiateAuth's AuthParameters (hex of g^a mod N). */
  srpA: string;
  /** The ChallengeResponses that prove the password, for the PASSWORD_VERIFIER challenge. */
  answer(parameters: PasswordVerifierParameters): {
    USERNAME: string;
    PASSWORD_CLAIM_SECRET_BLOCK: string;
    PASSWORD_CLAIM_SIGNATURE: string;
    TIMESTAMP: string;
  };
}

/**
 * The client's ephemeral pair (a, A = g^a mod N) for one exchange: it needs neither the user nor the
 * password, so it can be made while the user is still typing, which takes a modular power off the
 * time between Sign in and Cognito's challenge. Used once: `startSrp` consumes it. `a` is secret.
 */
export interface SrpEphemeral {
  readonly a: bigint;
  readonly A: bigint;
}

/** A challenge that cannot be answered (a parameter missing or malformed, or a value SRP-6a must refuse). */
export class SrpChallengeError extends Error {
  override name = 'SrpChallengeError';
}

/**
 * Bytes of the secret exponent a: 512 bits, twice what RFC 5054 (2.5.4: "at least 256-bit random
 * numbers") and NIST SP 800-56A (2 × the 3072-bit group's 128-bit strength) ask. The answer's power
 * takes a + u·x, and u·x is 512 bits already: a longer a (Amplify's and cognito-srp-helper's 1024 bits)
 * doubles that power's time on a phone and adds nothing to the strength the group itself gives.
 */
const SECRET_BYTES = 64;

const hashHex = (hex: string): string => bytesToHex(sha256(hexToBytes(hex)));
const hashToBigInt = (hex: string): bigint => fromHex(hashHex(hex));

/** k = H(N ‖ g), as Cognito's clients pad them; made once, with the first pair (see makeEphemeral). */
let multiplier: bigint | undefined;
const kOf = (): bigint => (multiplier ??= hashToBigInt(padHex(N) + padHex(g)));

/** g^e for the secret a and for x (a SHA-256 value): the comb's table is made with the first pair. */
let powersOfG: ((exponent: bigint) => bigint) | undefined;
const gPow = (exponent: bigint): bigint => (powersOfG ??= generatorPowers(SECRET_BYTES * 8))(exponent);

/** Makes a fresh ephemeral pair: 512 random bits from the platform's CSPRNG, and g^a mod N. */
export function makeEphemeral(): SrpEphemeral {
  const a = fromHex(bytesToHex(crypto.getRandomValues(new Uint8Array(SECRET_BYTES))));
  // a = 0 (one chance in 2^512) would make A = 1: draw again.
  if (a === 0n) return makeEphemeral();
  // k too, ahead of any answer: its hash (768 bytes) then leaves the way from Cognito's challenge to
  // the answer, and the hash's code has run once before the answer's hashes need it.
  kOf();
  return { a, A: gPow(a) };
}

/**
 * The TIMESTAMP Cognito expects in the PASSWORD_VERIFIER answer ("Tue Nov 3 09:04:03 UTC 2026"), as
 * Cognito's clients write it (a test holds it to cognito-srp-helper's). An ephemeral pair made minutes
 * before Sign in gets the time of its answer, not of its making.
 */
export function cognitoTimestamp(date: Date): string {
  // Written out, not by Intl (toLocaleString took ~5 ms on a slow phone between Cognito's challenge and the answer).
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function required(parameters: PasswordVerifierParameters, name: keyof PasswordVerifierParameters): string {
  const value = parameters[name];
  if (!value) throw new SrpChallengeError(`PASSWORD_VERIFIER came without ${name}`);
  return value;
}

/** A parameter read with `read`, or a SrpChallengeError that names it and says what it is not. */
function readAs<T>(parameters: PasswordVerifierParameters, name: keyof PasswordVerifierParameters, what: string, read: (text: string) => T): T {
  const text = required(parameters, name);
  try {
    return read(text);
  } catch {
    throw new SrpChallengeError(`PASSWORD_VERIFIER's ${name} is not ${what}`);
  }
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/**
 * Starts an SRP exchange with a password for a pool (its id names the pool in the hashes), with a pair
 * made ahead if there is one (else one is made now). The user is named by Cognito's challenge
 * (USER_ID_FOR_SRP, which the hashes take: in a pool where an email signs in, an id, not what was typed).
 */
export function startSrp(password: string, userPoolId: string, ephemeral = makeEphemeral()): SrpExchange {
  const { a, A } = ephemeral;
  const poolName = userPoolId.slice(userPoolId.indexOf('_') + 1);
  return {
    srpA: A.toString(16),
    answer(parameters) {
      const userId = required(parameters, 'USER_ID_FOR_SRP');
      const salt = readAs(parameters, 'SALT', 'a hex number', fromHex);
      const secretBlock = required(parameters, 'SECRET_BLOCK');
      const secretBlockBytes = readAs(parameters, 'SECRET_BLOCK', 'base64', fromBase64);
      const B = readAs(parameters, 'SRP_B', 'a hex number', fromHex);
      // SRP-6a's safeguards: a B that is 0 mod N, or u = 0, would give a key that does not depend on the password.
      if (B % N === 0n) throw new SrpChallengeError('SRP_B mod N is 0');
      const u = hashToBigInt(padHex(A) + padHex(B));
      // Stryker disable next-line ConditionalExpression,StringLiteral: no test can make u = H(A ‖ B) zero (a SHA-256 preimage); the guard is SRP-6a's all the same.
      if (u === 0n) throw new SrpChallengeError('u is 0');
      const x = hashToBigInt(padHex(salt) + bytesToHex(sha256(utf8ToBytes(`${poolName}${userId}:${password}`))));
      // S = (B − k·g^x)^(a + u·x) mod N; modPow takes the base mod N, a negative one included.
      const S = modPow(B - kOf() * gPow(x), a + u * x, N);
      const key = hkdf(sha256, hexToBytes(padHex(S)), hexToBytes(padHex(u)), 'Caldera Derived Key', 16);
      const timestamp = cognitoTimestamp(new Date());
      const message = concatBytes(utf8ToBytes(poolName), utf8ToBytes(userId), secretBlockBytes, utf8ToBytes(timestamp));
      return {
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
        PASSWORD_CLAIM_SIGNATURE: toBase64(hmac(sha256, key, message)),
        TIMESTAMP: timestamp,
      };
    },
  };
}
