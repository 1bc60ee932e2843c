import { randomBytes } from 'node:crypto';
import { notAuthorized, SESSION_MESSAGES } from './errors.ts';

/** Where a user stands in the MFA_SETUP flow; each step's answer carries a session of the next stage. */
export type SessionStage = 'challenge' | 'associated' | 'verified';

interface SessionBase {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly username: string;
}

/** What a challenge's session stands for, one shape per challenge this layer answers. */
export type SessionData = SessionBase &
  (
    | {
        readonly challenge: 'MFA_SETUP';
        readonly stage: SessionStage;
        /** The TOTP secret handed out by AssociateSoftwareToken (stages associated and verified). */
        readonly secret?: string;
      }
    | { readonly challenge: 'SOFTWARE_TOKEN_MFA' | 'NEW_PASSWORD_REQUIRED' }
    | {
        readonly challenge: 'PASSWORD_VERIFIER';
        /** The client's SRP_A, the server's secret b and the numbers sent with it. */
        readonly A: string;
        readonly b: bigint;
        readonly B: string;
        readonly verifier: bigint;
        /** Set for a username the pool does not have: the answer is refused like a wrong password. */
        readonly unknownUser: boolean;
      }
  );

interface SessionRecord {
  readonly data: SessionData;
  readonly expiresAt: number;
  used: boolean;
}

/**
 * In-memory challenge sessions with Cognito's rules: opaque strings, a lifetime of the
 * app client's AuthSessionValidity, each usable once by a step that succeeds. A failed
 * step (a wrong code) leaves the session usable.
 */
export class SessionStore {
  readonly #records = new Map<string, SessionRecord>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * A new session string. Real sessions are long opaque strings (hundreds of
   * characters); so are ours. PASSWORD_VERIFIER's SECRET_BLOCK is read as base64 by
   * clients (Amplify with atob), so it takes that alphabet.
   */
  issue(data: SessionData, validityMs: number, encoding: 'base64url' | 'base64' = 'base64url'): string {
    this.#sweep();
    const token = randomBytes(384).toString(encoding);
    this.#records.set(token, { data, expiresAt: this.#now() + validityMs, used: false });
    return token;
  }

  /** The live session for a token, or the NotAuthorizedException Cognito gives for it. */
  get(token: string): SessionData {
    const record = this.#records.get(token);
    if (!record) throw notAuthorized(SESSION_MESSAGES.invalid);
    if (record.used) throw notAuthorized(SESSION_MESSAGES.used);
    if (this.#now() >= record.expiresAt) throw notAuthorized(SESSION_MESSAGES.expired);
    return record.data;
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
