import type { Enrolled, EnrollmentMode } from './enrollment-types';

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
  'too-many-requests',
  'limit-exceeded',
  'password-reset-required',
  'user-not-found',
  'user-not-confirmed',
  'internal-error',
  'forbidden',
  'network',
  'unknown',
] as const;

export type WizardErrorKind = (typeof wizardErrorKinds)[number];

/** The Cognito call an error came from: AssociateSoftwareToken, VerifySoftwareToken, or the completing call. */
export type WizardOperation = 'associate' | 'verify' | 'complete';

/** An error as the wizard shows it and reports it to `onError`. Never holds the code, key, session or token. */
export interface WizardError {
  /** What went wrong, one kind per thing the user must do about it; picks the text shown. */
  kind: WizardErrorKind;
  /** The call that failed, or null when the wizard itself decided (its session clock ran out). */
  operation: WizardOperation | null;
  /** The SDK error name (`err.name`), for the host's diagnostics. */
  name: string;
  /** Cognito's message, for the host's diagnostics only; the wizard shows its own text. */
  message?: string;
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
 * - `new-key`: (access-token mode) the key Cognito holds is not the one the user has, or the request
 *   cannot go on with it; the token still works, so the user may ask for a new key.
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
  'too-many-requests': 'retry',
  'limit-exceeded': 'retry',
  'password-reset-required': 'none',
  'user-not-found': 'none',
  'user-not-confirmed': 'none',
  'internal-error': 'retry',
  forbidden: 'none',
  network: 'retry',
  unknown: 'retry',
};

/**
 * What can be done about an error in a mode. Only InvalidParameterException differs: in session mode
 * the request was refused with a session that a new sign-in replaces; in access-token mode the token
 * still works, and what Cognito refuses is the key (e.g. "User has not verified software token MFA"
 * after another device made a new one), so a new key is the way forward.
 */
export function recoveryOf(kind: WizardErrorKind, mode: EnrollmentMode): ErrorRecovery {
  if (kind === 'invalid-parameter' && mode === 'accessToken') return 'new-key';
  return recoveryByKind[kind];
}

/** The reason to hand to `onRestart`, for exactly the errors whose way forward is a new sign-in. */
export function restartReasonOf(kind: WizardErrorKind, mode: EnrollmentMode): RestartReason | null {
  switch (kind) {
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
    case 'not-authorized':
      return kind;
    case 'invalid-parameter':
      // Refused with this session: a new sign-in brings a new one.
      return recoveryOf(kind, mode) === 'sign-in-again' ? 'session-invalid' : null;
    default:
      return null;
  }
}
