import { Secret, TOTP } from 'otpauth';

// RFC 6238 as authenticator apps do it (SHA-1, 6 digits, 30 s), from a Cognito SecretCode.
const totpFor = (secretCode: string) =>
  new TOTP({ secret: Secret.fromBase32(secretCode), algorithm: 'SHA1', digits: 6, period: 30 });

/** The code an authenticator app shows now. */
export const codeFor = (secretCode: string, at = Date.now()): string => totpFor(secretCode).generate({ timestamp: at });

/** A well-formed code that Cognito must refuse: not valid one step early, now, or one step late. */
export function wrongCodeFor(secretCode: string, at = Date.now()): string {
  const valid = new Set([-30_000, 0, 30_000, 60_000].map((offset) => codeFor(secretCode, at + offset)));
  let candidate = Number(codeFor(secretCode, at));
  do candidate = (candidate + 111_111) % 1_000_000;
  while (valid.has(String(candidate).padStart(6, '0')));
  return String(candidate).padStart(6, '0');
}
