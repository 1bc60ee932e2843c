import type { CompletionOutcome, Enrolled, EnrollmentMode } from './enrollment-types';

/**
 * A session the adapter now holds, and how long it lives: the signal that (re)starts the session
 * clock. Cognito answers each step of a sign-in challenge with a new session that lives the app
 * client's whole AuthSessionValidity again.
 */
export interface SessionSignal {
  /** How long the session lives, in ms (the app client's AuthSessionValidity). */
  validityMs: number;
  /** When Cognito issued it (ms since the epoch). Default: when the wizard receives the signal. */
  issuedAt?: number | undefined;
}

/**
 * What an adapter's calls mean for the user. The wizard's rules read these, never which adapter it is.
 */
export interface AdapterTraits {
  /**
   * What a code that verify() accepted means for the user's next sign-in while complete() has not
   * succeeded: `true` when Cognito has registered the app with it (an MFA_SETUP sign-in: the next
   * sign-in asks for its code), `'unknown'` when that also depends on the completing call (a signed-in
   * user's SetUserMFAPreference).
   */
  readonly verifiedMeansEnrolled: Enrolled;
  /**
   * Whether associate() may be called again for a new key with the credential the adapter holds: an
   * access token can; a sign-in session cannot be used again once Cognito answered with it.
   */
  readonly canReplaceKey: boolean;
}

/** What every call of an adapter is given. */
export interface CallContext {
  /** Aborted when the answer is no longer wanted: the user cancelled, or the deadline passed. */
  signal: AbortSignal;
  /** How long the request may take, in ms. The wizard gives up after that and says so. */
  timeoutMs: number;
}

/** The key Cognito made for this enrollment. */
export interface Association {
  /** The base32 key, normalised and checked by the adapter (see `keyFromCognito`). Never log it. */
  secret: string;
  /** Present when the call left the adapter holding a new session. */
  session?: SessionSignal | undefined;
}

/** What a successful verify() tells the wizard. */
export interface Verification {
  /** Present when the call left the adapter holding a new session. */
  session?: SessionSignal | undefined;
}

/**
 * The seam between the wizard and a way into Cognito: the AWS SDK with a sign-in session or an access
 * token (built in), Amplify (`cognito-mfa-wizard/amplify`), or a host's own. An adapter owns whatever
 * credential it uses (a session chain stays inside it) and rejects only with `EnrollmentError`s, whose
 * `error.outcomeUnknown` says whether the failed call may have done its work. The wizard calls
 * associate() once per key, verify() once per submitted code, complete() once per verified code (or
 * again when the user asks to retry a failure), never two at a time.
 */
export interface EnrollmentAdapter<Outcome = CompletionOutcome> {
  /** Which way in, for styling and reports (`data-mode`); the wizard's behaviour never depends on it. */
  readonly mode: EnrollmentMode;
  readonly traits: AdapterTraits;
  /** The session held before the first call, when the enrollment runs on one that expires. */
  readonly session?: SessionSignal | undefined;
  /** AssociateSoftwareToken (or the key the adapter already holds): the key the user adds to the app. */
  associate(call: CallContext): Promise<Association>;
  /** VerifySoftwareToken with the user's six-digit code and the device name they chose (if any). */
  verify(code: string, deviceName: string | undefined, call: CallContext): Promise<Verification>;
  /** Ends the enrollment: answers the sign-in challenge, or makes TOTP the user's preferred MFA. */
  complete(call: CallContext): Promise<Outcome>;
}
