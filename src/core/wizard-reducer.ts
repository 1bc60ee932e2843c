import type { AdapterTraits } from './enrollment-adapter';
import type { CompletionOutcome, Enrolled, EnrollmentResult, WizardStep } from './enrollment-types';
import { recoveryOf, type WizardError } from './error-kinds';
import type { OneTimeCode } from './one-time-code';

/** What the wizard keeps between attempts. No session: the adapter owns it. */
export interface Enrollment {
  /** The base32 key, as the adapter checked it. */
  secret: string;
  /** The device name the user asked for, once they have submitted. */
  deviceName?: string | undefined;
}

/** What earlier attempts with this key tell the setup screen. */
export interface SetupHistory {
  /**
   * A Verify's outcome is unknown (its answer was lost, a server error, or unreadable): Cognito may
   * have registered the key and, on a sign-in session, spent the session. Stays set until a Verify
   * succeeds or the key is replaced, so a later "session can only be used once" is not read as
   * "nothing was registered".
   */
  verifyOutcomeUnknown?: boolean | undefined;
  /** Codes Cognito refused in a row with this key (a wrong code, a stale one). */
  refusedCodes?: number | undefined;
}

/** The request the failed step can send again when the user asks. */
export type RetryTarget = { operation: 'associate' } | { operation: 'complete'; enrollment: Enrollment };

export type WizardState<Outcome = CompletionOutcome> =
  | { step: 'associating' }
  | ({ step: 'setup'; error?: WizardError | undefined } & Enrollment & SetupHistory)
  | ({ step: 'verifying'; code: OneTimeCode } & Enrollment & SetupHistory)
  | ({ step: 'completing' } & Enrollment)
  | { step: 'done'; result: EnrollmentResult<Outcome> }
  | {
      step: 'failed';
      error: WizardError;
      retry: RetryTarget | null;
      /** Whether Cognito had registered the app's entry before this failure (see `Enrolled`). */
      enrolled: Enrolled;
    };

export type WizardEvent<Outcome = CompletionOutcome> =
  | { type: 'associated'; secret: string }
  | { type: 'code-submitted'; code: OneTimeCode; deviceName?: string | undefined }
  | { type: 'verified' }
  | { type: 'completed'; outcome: Outcome }
  | { type: 'request-failed'; error: WizardError }
  | { type: 'retry-requested' }
  /** The user asks for a new key, where the adapter can make one (see `newKeyOffered`). */
  | { type: 'new-key-requested' }
  /** The session clock ran out. Ends the wizard only where no request is in flight. */
  | { type: 'session-timed-out' }
  /** The session had run out before the wizard could send anything (sent instead of the first Associate). */
  | { type: 'session-expired-before-start' };

/** The I/O a state asks for as it is entered. The reducer never performs it. */
export type WizardEffect =
  | { type: 'associate' }
  | { type: 'verify'; code: OneTimeCode; deviceName?: string | undefined }
  | { type: 'complete' };

export const initialWizardState: WizardState<never> = { step: 'associating' };

/** After this many refused codes in a row, an adapter that can make a new key offers one on the setup screen. */
export const REFUSED_CODES_BEFORE_NEW_KEY = 2;

const sessionExpired: WizardError = { kind: 'session-expired', operation: null, name: 'SessionTimeout' };

/**
 * The whole wizard as state + event -> state, for an adapter with these traits. An event that makes no
 * sense in a state (a second submit while verifying, a late answer) returns the same state object, so
 * callers can tell that nothing happened and no request may follow.
 */
export function wizardReducer<Outcome>(
  state: WizardState<Outcome>,
  event: WizardEvent<Outcome>,
  traits: AdapterTraits,
): WizardState<Outcome> {
  switch (event.type) {
    case 'associated':
      if (state.step !== 'associating') return state;
      return { step: 'setup', secret: event.secret };

    case 'code-submitted': {
      if (state.step !== 'setup') return state;
      const { secret, verifyOutcomeUnknown, refusedCodes } = state;
      return { step: 'verifying', secret, code: event.code, deviceName: event.deviceName, verifyOutcomeUnknown, refusedCodes };
    }

    case 'verified':
      if (state.step !== 'verifying') return state;
      return { step: 'completing', secret: state.secret, deviceName: state.deviceName };

    case 'completed':
      if (state.step !== 'completing') return state;
      return { step: 'done', result: withDeviceName(event.outcome, state.deviceName) };

    case 'request-failed':
      return failRequest(state, event.error, traits);

    case 'retry-requested':
      if (state.step !== 'failed' || !state.retry) return state;
      return state.retry.operation === 'associate'
        ? { step: 'associating' }
        : { step: 'completing', ...state.retry.enrollment };

    case 'new-key-requested':
      // Only on the user's request, and only where a new key is the way forward: it makes the QR the
      // user may already have scanned useless.
      return newKeyOffered(state, traits) ? { step: 'associating' } : state;

    case 'session-timed-out':
      // A request in flight (associating, verifying, completing) is left to Cognito to judge: its answer
      // may bring a new session, and if the session had run out Cognito says so. An idle wizard stops
      // before it sends a dead session.
      if (state.step === 'setup') {
        return { step: 'failed', error: sessionExpired, retry: null, enrolled: enrolledOf(state, traits) };
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

function failRequest<Outcome>(state: WizardState<Outcome>, error: WizardError, traits: AdapterTraits): WizardState<Outcome> {
  const recovery = recoveryOf(error.kind, traits);
  switch (state.step) {
    case 'associating': {
      const retry: RetryTarget | null = recovery === 'retry' ? { operation: 'associate' } : null;
      return { step: 'failed', error, retry, enrolled: false };
    }
    case 'verifying': {
      // Once unknown, unknown until a Verify succeeds: a later "session can only be used once" may be
      // the lost Verify's doing, after Cognito registered the key.
      const verifyOutcomeUnknown = state.verifyOutcomeUnknown || error.outcomeUnknown || undefined;
      // A wrong code or a passing failure keeps the key and the QR the user already scanned.
      if (recovery === 'retype-code' || recovery === 'retry') {
        const { secret, deviceName } = state;
        const refusedCodes = recovery === 'retype-code' ? (state.refusedCodes ?? 0) + 1 : state.refusedCodes;
        return { step: 'setup', secret, deviceName, error, verifyOutcomeUnknown, refusedCodes };
      }
      return { step: 'failed', error, retry: null, enrolled: verifyOutcomeUnknown ? 'unknown' : false };
    }
    case 'completing': {
      const { secret, deviceName } = state;
      const retry: RetryTarget | null =
        recovery === 'retry' ? { operation: 'complete', enrollment: { secret, deviceName } } : null;
      return { step: 'failed', error, retry, enrolled: enrolledOf(state, traits) };
    }
    case 'setup':
    case 'done':
    case 'failed':
      return state;
    default:
      return state satisfies never;
  }
}

function withDeviceName<Outcome>(outcome: Outcome, deviceName: string | undefined): EnrollmentResult<Outcome> {
  return Object.assign({}, outcome, deviceName ? { friendlyDeviceName: deviceName } : {});
}

/** Whether Cognito has registered the app's entry for the account, as far as the wizard can know. */
export function enrolledOf<Outcome>(state: WizardState<Outcome>, traits: AdapterTraits): Enrolled {
  switch (state.step) {
    case 'associating':
      return false;
    case 'setup':
    case 'verifying':
      return state.verifyOutcomeUnknown ? 'unknown' : false;
    case 'completing':
      // Verify succeeded; what that means before completion is the adapter's to declare.
      return traits.verifiedMeansEnrolled;
    case 'done':
      return true;
    case 'failed':
      return state.enrolled;
    default:
      return state satisfies never;
  }
}

/**
 * Whether the user may ask for a new key now: where Cognito refused the key held, or (on the setup
 * screen) after codes were refused again and again — another tab or device may have replaced the key,
 * which nothing else tells apart from a phone's wrong clock. Only adapters that can make a new key.
 */
export function newKeyOffered<Outcome>(state: WizardState<Outcome>, traits: AdapterTraits): boolean {
  if (!traits.canReplaceKey) return false;
  if (state.step === 'failed') return recoveryOf(state.error.kind, traits) === 'new-key';
  return state.step === 'setup' && (state.refusedCodes ?? 0) >= REFUSED_CODES_BEFORE_NEW_KEY;
}

/** The request to send because `next` was just entered from `previous`; null when none. */
export function effectOf<Outcome>(previous: WizardState<Outcome>, next: WizardState<Outcome>): WizardEffect | null {
  if (previous === next) return null;
  switch (next.step) {
    case 'associating':
      return { type: 'associate' };
    case 'verifying':
      return { type: 'verify', code: next.code, deviceName: next.deviceName };
    case 'completing':
      return { type: 'complete' };
    case 'setup':
    case 'done':
    case 'failed':
      return null;
    default:
      return next satisfies never;
  }
}

/** A request is in flight in these steps. */
export function isBusy(step: WizardStep): boolean {
  return step === 'associating' || step === 'verifying' || step === 'completing';
}

/** The error to show in a state, if any. */
export function errorOf<Outcome>(state: WizardState<Outcome>): WizardError | undefined {
  return state.step === 'setup' || state.step === 'failed' ? state.error : undefined;
}
