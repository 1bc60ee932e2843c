import { EnrollmentError } from './enrollment-error';
import type { WizardOperation } from './error-kinds';

/**
 * The base32 key as authenticator apps want it: upper case, no spaces, no '=' padding.
 * Cognito returns it clean; this also makes a key pasted by a host safe to put in a URI.
 */
export function normalizeSecret(secret: string): string {
  return secret.replace(/[\s=]/g, '').toUpperCase();
}

/** The key in groups of four ("ABCD EFGH IJ"), for reading and typing by hand. */
export function groupSecret(secret: string, size = 4): string {
  const clean = normalizeSecret(secret);
  const groups: string[] = [];
  for (let start = 0; start < clean.length; start += size) groups.push(clean.slice(start, start + size));
  return groups.join(' ');
}

const base32Key = /^[A-Z2-7]{16,}$/;

/**
 * The key an AssociateSoftwareToken answer (or Amplify's sharedSecret) holds, normalised once for
 * every use: the QR code, the text and the copy. Anything that is not base32 of at least 16
 * characters would make a QR code no app can use, so it is refused as an answer the wizard cannot use.
 */
export function keyFromCognito(secretCode: string | undefined): string {
  if (!secretCode) throw unusableAnswer('associate', 'MissingSecretCode');
  const secret = normalizeSecret(secretCode);
  if (!base32Key.test(secret)) throw unusableAnswer('associate', 'InvalidSecretCode');
  return secret;
}

/**
 * A 200 answer without what the call is for (a key, the next session, tokens): Cognito did something,
 * so the outcome is unknown, and nothing the wizard holds can go on from it.
 */
export function unusableAnswer(operation: WizardOperation, name: string): EnrollmentError {
  return new EnrollmentError({ kind: 'unknown', operation, name, outcomeUnknown: true });
}
