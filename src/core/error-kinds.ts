import type { AdapterTraits } from './enrollment-adapter';
import type { Enrolled } from './enrollment-types';

/** Every way an enrollment can go wrong, one kind per distinct thing the user must do about it. */
export const wizardErrorKinds = [
  'code-mismatch',
  'enable-mfa-failed',
  'code-already-used',
  'session-expired',
  'session-used',
  'session-invalid',
  'not-authorized',
  'invalid-parameter',
  'resource-not-found',
  'invalid-pool-configuration',
  'mfa-not-enabled',
  'operation-not-enabled',
  'mfa-method-not-found',
  'sms-configuration',
  'email-configuration',
  'alias-exists',
  'lambda-validation',
  'lambda-invalid-response',
  'lambda-unexpected',
  'concurrent-modification',
  'too-many-requests',
  'limit-exceeded',
  'password-reset-required',
  'user-not-found',
  'user-not-confirmed',
  'internal-error',
  'forbidden',
  'timeout',
  'network',
  'unknown',
] as const;

export type WizardErrorKind = (typeof wizardErrorKinds)[number];

/** The call that failed: AssociateSoftwareToken, VerifySoftwareToken, or the completing call. */
export type WizardOperation = 'associate' | 'verify' | 'complete';

/** An error as the wizard shows it and reports it to `onError`. Never holds the code, key, session or token. */
export interface WizardError {
  /** What went wrong, one kind per thing the user must do about it; picks the text shown. */
  kind: WizardErrorKind;
  /** The call that failed, or null when the wizard itself decided (its session clock ran out). */
  operation: WizardOperation | null;
  /** The error's own name (Cognito's `__type`, `err.name`), for the host's diagnostics. */
  name: string;
  /** Cognito's message, for the host's diagnostics only; the wizard shows its own text. */
  message?: string | undefined;
  /**
   * The request may have done its work all the same: no answer came (a lost connection, a deadline),
   * the answer was a server error, or it could not be read. The adapter that sent it says so.
   */
  outcomeUnknown?: boolean | undefined;
}

/** Why the wizard asks the host to sign the user in again. */
export type RestartReason = 'session-expired' | 'session-used' | 'session-invalid' | 'not-authorized';

/** What the host learns with `onRestart` besides the reason. */
export interface RestartDetails {
  /**
   * Whether Cognito registered the app's entry before the wizard stopped, which decides what the host
   * tells the user about the entry they added:
   * - `true`: a code was verified (session mode): the next sign-in asks for the entry's code; keep it,
   *   never tell the user to delete it.
   * - `false`: nothing was registered: the next sign-in shows a new QR code, and the old entry can go.
   * - `'unknown'`: a Verify may have been registered (its answer was lost or incomplete, and the
   *   session then turned out spent), or (access-token mode) a code was verified but making TOTP the
   *   preferred MFA failed. Say both: if asked for a code, use the entry; if shown a new QR code,
   *   delete the entry and scan the new one.
   */
  enrolled: Enrolled;
}

/**
 * What can be done about an error:
 * - `retype-code`: the code was wrong or stale; everything else stays, the user types the next code.
 * - `retry`: a passing failure; the same request may be sent again when the user asks.
 * - `sign-in-again`: the session or token is spent; only the host can get a new one.
 * - `new-key`: the key Cognito holds is not the one the user has, or the request cannot go on with it,
 *   and the adapter's credential can ask for another key (a signed-in user's access token can).
 * - `none`: the account or the pool needs someone's attention; the message says whose.
 */
export type ErrorRecovery = 'retype-code' | 'retry' | 'sign-in-again' | 'new-key' | 'none';

const recoveryByKind: Record<WizardErrorKind, ErrorRecovery> = {
  'code-mismatch': 'retype-code',
  'enable-mfa-failed': 'retype-code',
  'code-already-used': 'retype-code',
  'session-expired': 'sign-in-again',
  'session-used': 'sign-in-again',
  'session-invalid': 'sign-in-again',
  'not-authorized': 'sign-in-again',
  'invalid-parameter': 'sign-in-again',
  'resource-not-found': 'none',
  'invalid-pool-configuration': 'none',
  'mfa-not-enabled': 'none',
  'operation-not-enabled': 'none',
  'mfa-method-not-found': 'none',
  'sms-configuration': 'none',
  'email-configuration': 'none',
  'alias-exists': 'none',
  'lambda-validation': 'none',
  'lambda-invalid-response': 'none',
  // A trigger that failed unexpectedly (a timeout, a throttled function) may pass.
  'lambda-unexpected': 'retry',
  'concurrent-modification': 'retry',
  'too-many-requests': 'retry',
  'limit-exceeded': 'retry',
  'password-reset-required': 'none',
  'user-not-found': 'none',
  'user-not-confirmed': 'none',
  'internal-error': 'retry',
  forbidden: 'none',
  timeout: 'retry',
  network: 'retry',
  unknown: 'retry',
};

/**
 * What can be done about an error, given what the adapter's credential allows. Only
 * InvalidParameterException depends on it: Cognito refused to go on with what the wizard holds. Where
 * the credential can ask for another key (an access token), a new key is the way forward (e.g. "User
 * has not verified software token MFA" after another device made a new key); where it cannot (a
 * sign-in session), only a new sign-in brings a new session.
 */
export function recoveryOf(kind: WizardErrorKind, traits: AdapterTraits): ErrorRecovery {
  if (kind === 'invalid-parameter' && traits.canReplaceKey) return 'new-key';
  return recoveryByKind[kind];
}

/** The reason to hand to `onRestart`, for exactly the errors whose way forward is a new sign-in. */
export function restartReasonOf(kind: WizardErrorKind, traits: AdapterTraits): RestartReason | null {
  if (recoveryOf(kind, traits) !== 'sign-in-again') return null;
  switch (kind) {
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
    case 'not-authorized':
      return kind;
    default:
      // Refused with this session (InvalidParameterException): a new sign-in brings a new one.
      return 'session-invalid';
  }
}
