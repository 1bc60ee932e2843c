import type { CompletionOutcome, Enrolled, EnrollmentMode, EnrollmentResult } from './enrollment-types';
import { recoveryOf, type WizardError } from './error-kinds';
import { validateCode } from './one-time-code';

/** What the wizard keeps between attempts. */
export interface Enrollment {
  /** The base32 key from AssociateSoftwareToken. */
  secret: string;
  /** The newest session Cognito handed back (session mode only). */
  session?: string | undefined;
  /** The device name the user asked for, once they have submitted. */
  deviceName?: string | undefined;
}

/** Before a code is accepted: whether an earlier Verify may have registered the key all the same. */
export interface VerifyHistory {
  /**
   * A Verify's outcome is unknown: its answer was lost (network) or came without what it was for
   * (session mode's MissingSession). Cognito may have registered the key and, in session mode, spent
   * the session held. Stays set until a Verify succeeds or the key is replaced.
   */
  verifyOutcomeUnknown?: boolean | undefined;
}

/** The request the failed step can send again when the user asks. */
export type RetryTarget = { operation: 'associate' } | { operation: 'complete'; enrollment: Enrollment };

export type WizardState =
  | { step: 'associating' }
  | ({ step: 'setup'; error?: WizardError | undefined } & Enrollment & VerifyHistory)
  | ({ step: 'verifying'; code: string } & Enrollment & VerifyHistory)
  | ({ step: 'completing' } & Enrollment)
  | { step: 'done'; result: EnrollmentResult }
  | {
      step: 'failed';
      error: WizardError;
      retry: RetryTarget | null;
      /** Whether Cognito had registered the app's entry before this failure (see `Enrolled`). */
      enrolled: Enrolled;
    };

export type WizardEvent =
  | { type: 'associated'; secret: string; session?: string | undefined }
  | { type: 'code-submitted'; code: string; deviceName?: string | undefined }
  | { type: 'verified'; session?: string | undefined }
  | { type: 'completed'; outcome: CompletionOutcome }
  | { type: 'request-failed'; error: WizardError }
  | { type: 'retry-requested' }
  /** The user asks for a new key (access-token mode, after Cognito refused the one held). */
  | { type: 'new-key-requested' }
  /** The session clock ran out. Ends the wizard only where no request is in flight. */
  | { type: 'session-timed-out' }
  /** The challenge's session had run out before the wizard could send anything (sent instead of the first Associate). */
  | { type: 'session-expired-before-start' };

/** The I/O a state asks for as it is entered. The reducer never performs it. */
export type WizardEffect =
  | { type: 'associate' }
  | { type: 'verify'; code: string; deviceName?: string | undefined; session?: string | undefined }
  | { type: 'complete'; session?: string | undefined };

export const initialWizardState: WizardState = { step: 'associating' };

const sessionExpired: WizardError = { kind: 'session-expired', operation: null, name: 'SessionTimeout' };

/**
 * The whole wizard as state + event -> state, in one mode. An event that makes no sense in a state
 * (a second submit while verifying, a late answer) returns the same state object, so callers can tell
 * that nothing happened and no request may follow.
 */
export function wizardReducer(state: WizardState, event: WizardEvent, mode: EnrollmentMode): WizardState {
  switch (event.type) {
    case 'associated':
      if (state.step !== 'associating') return state;
      return { step: 'setup', secret: event.secret, session: event.session };

    case 'code-submitted': {
      const validation = validateCode(event.code);
      if (state.step !== 'setup' || !validation.ok) return state;
      const { secret, session, verifyOutcomeUnknown } = state;
      return { step: 'verifying', secret, session, code: validation.code, deviceName: event.deviceName, verifyOutcomeUnknown };
    }

    case 'verified':
      if (state.step !== 'verifying') return state;
      return {
        step: 'completing',
        secret: state.secret,
        // Never the session Verify was sent with: Cognito spent it. Session mode's adapter insists on a new one.
        session: event.session,
        deviceName: state.deviceName,
      };

    case 'completed':
      if (state.step !== 'completing') return state;
      return { step: 'done', result: withDeviceName(event.outcome, state.deviceName) };

    case 'request-failed':
      return failRequest(state, event.error, mode);

    case 'retry-requested':
      if (state.step !== 'failed' || !state.retry) return state;
      return state.retry.operation === 'associate'
        ? { step: 'associating' }
        : { step: 'completing', ...state.retry.enrollment };

    case 'new-key-requested':
      // Only on the user's request, and only where the key is what Cognito refused: a new key makes
      // the QR the user may already have scanned useless.
      if (state.step !== 'failed' || recoveryOf(state.error.kind, mode) !== 'new-key') return state;
      return { step: 'associating' };

    case 'session-timed-out':
      // A request in flight (associating, verifying, completing) is left to Cognito to judge: its answer
      // may bring a new session, and if the session had run out Cognito says so. An idle wizard stops
      // before it sends a dead session.
      if (state.step === 'setup') {
        return { step: 'failed', error: sessionExpired, retry: null, enrolled: enrolledOf(state, mode) };
      }
      if (state.step === 'failed' && state.retry) {
        return { step: 'failed', error: sessionExpired, retry: null, enrolled: state.enrolled };
      }
      return state;

    case 'session-expired-before-start':
      if (state.step !== 'associating') return state;
      return { step: 'failed', error: sessionExpired, retry: null, enrolled: false };

    default:
      return event satisfies never;
  }
}

function failRequest(state: WizardState, error: WizardError, mode: EnrollmentMode): WizardState {
  const recovery = recoveryOf(error.kind, mode);
  switch (state.step) {
    case 'associating': {
      const retry: RetryTarget | null = recovery === 'retry' ? { operation: 'associate' } : null;
      return { step: 'failed', error, retry, enrolled: false };
    }
    case 'verifying': {
      // Once unknown, unknown until a Verify succeeds: a later "session can only be used once" may be
      // the lost Verify's doing, after Cognito registered the key.
      const verifyOutcomeUnknown = state.verifyOutcomeUnknown || outcomeUnknown(error) || undefined;
      // A wrong code or a passing failure keeps the key, the session and the QR the user already scanned.
      if (recovery === 'retype-code' || recovery === 'retry') {
        const { secret, session, deviceName } = state;
        return { step: 'setup', secret, session, deviceName, error, verifyOutcomeUnknown };
      }
      return { step: 'failed', error, retry: null, enrolled: verifyOutcomeUnknown ? 'unknown' : false };
    }
    case 'completing': {
      const { secret, session, deviceName } = state;
      const retry: RetryTarget | null =
        recovery === 'retry' ? { operation: 'complete', enrollment: { secret, session, deviceName } } : null;
      return { step: 'failed', error, retry, enrolled: enrolledOf(state, mode) };
    }
    case 'setup':
    case 'done':
    case 'failed':
      return state;
    default:
      return state satisfies never;
  }
}

function withDeviceName(outcome: CompletionOutcome, deviceName: string | undefined): EnrollmentResult {
  return deviceName ? { ...outcome, friendlyDeviceName: deviceName } : { ...outcome };
}

/**
 * Whether a failed request may have done its work all the same: no answer came (network), or a 200
 * came without what the call is for (the adapter names those `Missing<Field>`, e.g. MissingSession).
 */
export function outcomeUnknown(error: WizardError): boolean {
  return error.kind === 'network' || error.name.startsWith('Missing');
}

/** Whether Cognito has registered the app's entry for the account, as far as the wizard can know. */
export function enrolledOf(state: WizardState, mode: EnrollmentMode): Enrolled {
  switch (state.step) {
    case 'associating':
      return false;
    case 'setup':
    case 'verifying':
      return state.verifyOutcomeUnknown ? 'unknown' : false;
    case 'completing':
      // Verify succeeded. In session mode that registers the key for the MFA_SETUP sign-in. In
      // access-token mode what the next sign-in asks for also depends on SetUserMFAPreference, which has
      // not succeeded yet, and Cognito's documentation does not say whether Verify alone is enough.
      return mode === 'session' ? true : 'unknown';
    case 'done':
      return true;
    case 'failed':
      return state.enrolled;
    default:
      return state satisfies never;
  }
}

/** The request to send because `next` was just entered from `previous`; null when none. */
export function effectOf(previous: WizardState, next: WizardState): WizardEffect | null {
  if (previous === next) return null;
  switch (next.step) {
    case 'associating':
      return { type: 'associate' };
    case 'verifying':
      return { type: 'verify', code: next.code, deviceName: next.deviceName, session: next.session };
    case 'completing':
      return { type: 'complete', session: next.session };
    case 'setup':
    case 'done':
    case 'failed':
      return null;
    default:
      return next satisfies never;
  }
}

