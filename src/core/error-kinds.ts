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

/** Which call failed; `null` when the wizard itself decided (the session clock ran out). */
export type WizardOperation = 'associate' | 'verify' | 'complete';

/** An error as the wizard shows it and reports it to `onError`. Never holds the code, key, session or token. */
export interface WizardError {
  kind: WizardErrorKind;
  operation: WizardOperation | null;
  /** The SDK error name (`err.name`), for the host's diagnostics. */
  name: string;
  /** Cognito's message, for the host's diagnostics only; the wizard shows its own text. */
  message?: string;
}

/** Why the wizard asks the host to sign the user in again. */
export type RestartReason = 'session-expired' | 'session-used' | 'session-invalid' | 'not-authorized';

/**
 * What can be done about an error:
 * - `retype-code`: the code was wrong or stale; everything else stays, the user types the next code.
 * - `retry`: a passing failure; the same request may be sent again when the user asks.
 * - `sign-in-again`: the session or token is spent; only the host can get a new one.
 * - `none`: the account or the pool needs someone's attention; the message says whose.
 */
export type ErrorRecovery = 'retype-code' | 'retry' | 'sign-in-again' | 'none';

const recoveryByKind: Record<WizardErrorKind, ErrorRecovery> = {
  'code-mismatch': 'retype-code',
  'enable-mfa-failed': 'retype-code',
  'code-already-used': 'retype-code',
  'session-expired': 'sign-in-again',
  'session-used': 'sign-in-again',
  'session-invalid': 'sign-in-again',
  'not-authorized': 'sign-in-again',
  'invalid-parameter': 'none',
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

export function recoveryOf(kind: WizardErrorKind): ErrorRecovery {
  return recoveryByKind[kind];
}

/** The reason to hand to `onRestart`, for the kinds that need a new sign-in. */
export function restartReasonOf(kind: WizardErrorKind): RestartReason | null {
  switch (kind) {
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
    case 'not-authorized':
      return kind;
    default:
      return null;
  }
}
