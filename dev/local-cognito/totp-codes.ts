import { Secret, TOTP } from 'otpauth';
import { codeAlreadyUsed } from './errors.ts';

const PERIOD_MS = 30_000;

/**
 * TOTP codes as Cognito checks them: RFC 6238 (SHA-1, 6 digits, 30 s), one step early
 * or late, and each code accepted once per user and key, at VerifySoftwareToken and at sign-in
 * alike (a replay is ExpiredCodeException, "Your software token has already been used once.").
 */
export class TotpCodes {
  /** Per user and key, the time steps whose codes were accepted, kept while they are in the window. */
  readonly #used = new Map<string, Set<number>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * Checks a code against a secret for a user: false when it is wrong; throws
   * ExpiredCodeException when it was accepted before; true (and remembered) when it counts.
   */
  accept(user: string, secret: string, code: string): boolean {
    // A new key (another AssociateSoftwareToken) has codes of its own.
    const key = `${user}/${secret}`;
    const now = this.#now();
    let delta: number | null;
    try {
      delta = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).validate({
        token: code,
        timestamp: now,
        window: 1,
      });
    } catch {
      return false;
    }
    if (delta === null) return false;
    const step = Math.floor(now / PERIOD_MS) + delta;
    const used = this.#used.get(key) ?? new Set<number>();
    if (used.has(step)) throw codeAlreadyUsed();
    const current = Math.floor(now / PERIOD_MS);
    for (const old of used) if (old < current - 1) used.delete(old);
    used.add(step);
    this.#used.set(key, used);
    return true;
  }
}
