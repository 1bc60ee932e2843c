import { randomBytes } from 'node:crypto';
import { notAuthorized, SESSION_MESSAGES } from './errors.ts';

/** Where a user stands in the MFA_SETUP flow; each step's answer carries a session of the next stage. */
export type SessionStage = 'challenge' | 'associated' | 'verified';

export interface SessionData {
  readonly stage: SessionStage;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly username: string;
  /** The TOTP secret handed out by AssociateSoftwareToken (stages associated and verified). */
  readonly secret?: string;
}

interface SessionRecord extends SessionData {
  readonly expiresAt: number;
  used: boolean;
}

/**
 * In-memory sessions of the MFA_SETUP flow, with Cognito's rules: opaque strings,
 * a lifetime of the app client's AuthSessionValidity, each usable once by a step
 * that succeeds. A failed step (a wrong code) leaves the session usable.
 */
export class SessionStore {
  readonly #records = new Map<string, SessionRecord>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  issue(data: SessionData, validityMs: number): string {
    this.#sweep();
    // Real sessions are long opaque strings (hundreds of characters); so are ours.
    const token = randomBytes(384).toString('base64url');
    this.#records.set(token, { ...data, expiresAt: this.#now() + validityMs, used: false });
    return token;
  }

  /** The live session for a token, or the NotAuthorizedException Cognito gives for it. */
  get(token: string): SessionData {
    const record = this.#records.get(token);
    if (!record) throw notAuthorized(SESSION_MESSAGES.invalid);
    if (record.used) throw notAuthorized(SESSION_MESSAGES.used);
    if (this.#now() >= record.expiresAt) throw notAuthorized(SESSION_MESSAGES.expired);
    return record;
  }

  consume(token: string): void {
    const record = this.#records.get(token);
    if (record) record.used = true;
  }

  // Forget sessions long past any use, so a long-running dev server does not grow.
  #sweep(): void {
    const cutoff = this.#now() - 60 * 60 * 1000;
    for (const [token, record] of this.#records) {
      if (record.expiresAt < cutoff) this.#records.delete(token);
    }
  }
}
