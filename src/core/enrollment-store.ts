import type { AdapterTraits, CallContext, EnrollmentAdapter, SessionSignal } from './enrollment-adapter';
import { toWizardError } from './enrollment-error';
import type { CompletionOutcome, EnrollmentMode, EnrollmentResult, WizardStep } from './enrollment-types';
import type { WizardError } from './error-kinds';
import { DEFAULT_REQUEST_TIMEOUT_MS, requestDeadlineMs } from './request-deadline';

export { DEFAULT_REQUEST_TIMEOUT_MS };
import { isRunningOut, timeLeft } from './session-clock';
import {
  effectOf,
  errorOf,
  initialWizardState,
  wizardReducer,
  type WizardEffect,
  type WizardEvent,
  type WizardState,
} from './wizard-reducer';

/**
 * The host callbacks the store reports transitions to. Read afresh on every transition. (Method
 * signatures: a host's `onComplete` for one adapter's outcome fits the store of any.)
 */
export interface StoreCallbacks<Outcome = CompletionOutcome> {
  onStepChange?(step: WizardStep): void;
  onError?(error: WizardError): void;
  onComplete?(result: EnrollmentResult<Outcome>): void;
  onCancel?(): void;
}

/** What a view reads from the store: a new object whenever anything in it changes. */
export interface EnrollmentSnapshot<Outcome = CompletionOutcome> {
  state: WizardState<Outcome>;
  /**
   * Milliseconds left in the session the adapter holds, read each second while that session can
   * still be used; null when the adapter holds none, before the wizard is first on screen, and once
   * the session no longer matters.
   */
  timeLeftMs: number | null;
  /** Less than a minute of the session is left: true once per session, until a new one arrives. */
  runningOut: boolean;
}

export interface EnrollmentStore<Outcome = CompletionOutcome> {
  /** The adapter's way in, for styling and reports. */
  readonly mode: EnrollmentMode;
  /** What the adapter's calls mean; the rules that read them are the core's. */
  readonly traits: AdapterTraits;
  getSnapshot(): EnrollmentSnapshot<Outcome>;
  subscribe(listener: () => void): () => void;
  /**
   * Feeds an event to the reducer and starts the request the new state asks for. Returns false when
   * the event changed nothing (the reducer ignored it, e.g. a submit while a request is in flight, or
   * the enrollment was cancelled).
   */
  send(event: WizardEvent<Outcome>): boolean;
  /**
   * Marks the wizard as on screen. The first activation starts the session clock and the one
   * association of this enrollment; later ones (React StrictMode re-running effects, a remount of the
   * same instance) only resume a request deferred while off screen. The clock ticks only while active.
   * Returns the deactivation.
   */
  activate(): () => void;
  /**
   * The user cancelled: the request in flight is aborted, any answer still to come is dropped (it never
   * moves the wizard, reports or starts another request), and `onCancel` is called. Nothing after it.
   */
  cancel(): void;
  /** The host callbacks to report to from now on (the newest props). */
  setCallbacks(callbacks: StoreCallbacks<Outcome>): void;
}

export interface EnrollmentStoreOptions<Outcome = CompletionOutcome> {
  adapter: EnrollmentAdapter<Outcome>;
  /** How long a request may take before the wizard gives up on it and says so. Default 20 s. */
  requestTimeoutMs?: number | undefined;
}

const TICK_MS = 1000;

/**
 * The reducer plus the I/O it asks for, the request deadlines and the session clock, with no framework.
 * Requests start only from reducer transitions (or the first activation), so a request cannot be sent
 * twice by re-renders, StrictMode's doubled effects or a second click: the reducer returns the same
 * state for those.
 */
export function createEnrollmentStore<Outcome = CompletionOutcome>({
  adapter,
  requestTimeoutMs,
}: EnrollmentStoreOptions<Outcome>): EnrollmentStore<Outcome> {
  const { traits } = adapter;
  const timeoutMs = requestDeadlineMs(requestTimeoutMs);
  let snapshot: EnrollmentSnapshot<Outcome> = { state: initialWizardState, timeLeftMs: null, runningOut: false };
  // When the session the adapter holds stops working (ms epoch); null while it holds none (or before the first activation).
  let deadline: number | null = null;
  let started = false;
  let active = false;
  let cancelled = false;
  let clock: ReturnType<typeof setInterval> | undefined;
  // A request whose state was entered while the wizard was off screen waits for it to come back,
  // so an unmounted wizard does not go on to complete the enrollment behind the host's back.
  let deferred: WizardEffect | null = null;
  let inFlight: AbortController | null = null;
  let latestRequest = 0;
  let callbacks: StoreCallbacks<Outcome> = {};
  const listeners = new Set<() => void>();

  function publish(state: WizardState<Outcome>, now: number): void {
    const timeLeftMs = deadline !== null && sessionInUse(state) ? timeLeft(deadline, now) : null;
    snapshot = { state, timeLeftMs, runningOut: timeLeftMs !== null && isRunningOut(timeLeftMs) };
    for (const listener of listeners) listener();
  }

  /**
   * The adapter holds a new session: the clock counts from when Cognito issued it (never from the
   * future), and starts again (in syncClock) so that each reading falls on a whole second of it.
   */
  function holdSession(session: SessionSignal, now: number): void {
    deadline = Math.min(session.issuedAt ?? now, now) + session.validityMs;
    stopClock();
  }

  function send(event: WizardEvent<Outcome>, session?: SessionSignal): boolean {
    if (cancelled) return false;
    const previous = snapshot.state;
    const next = wizardReducer(previous, event, traits);
    if (next === previous) return false;
    const now = Date.now();
    if (session) holdSession(session, now);
    publish(next, now);
    syncClock();
    // The request first, the host's callbacks after: whatever a callback does, the wizard has moved on.
    const effect = effectOf(previous, next);
    if (effect) run(effect);
    if (active) report(previous, next);
    return true;
  }

  /** Runs the interval while the wizard is on screen and its session can still be used. */
  function syncClock(): void {
    if (!active || cancelled || snapshot.timeLeftMs === null) stopClock();
    else if (clock === undefined) clock = setInterval(tick, TICK_MS);
  }

  function stopClock(): void {
    clearInterval(clock);
    clock = undefined;
  }

  function tick(): void {
    const now = Date.now();
    publish(snapshot.state, now);
    // While a request is in flight the reducer leaves the verdict to Cognito, and the clock shows 0:00.
    if (deadline !== null && now >= deadline) send({ type: 'session-timed-out' });
    syncClock();
  }

  function report(previous: WizardState<Outcome>, next: WizardState<Outcome>): void {
    const host = callbacks;
    if (previous.step !== next.step) callHost(host.onStepChange, next.step);
    const error = errorOf(next);
    if (error && error !== errorOf(previous)) callHost(host.onError, error);
    if (next.step === 'done' && previous.step !== 'done') callHost(host.onComplete, next.result);
  }

  function run(effect: WizardEffect): void {
    if (!active) {
      deferred = effect;
      return;
    }
    deferred = null;
    const request = ++latestRequest;
    const controller = new AbortController();
    inFlight = controller;
    // Settled at most once in effect: an answer after the deadline finds a newer request, a cancel, or
    // a state the reducer keeps (the timed-out step has been left), so it moves nothing.
    const settle = (event: WizardEvent<Outcome>, session?: SessionSignal) => {
      clearTimeout(deadlineTimer);
      if (inFlight === controller) inFlight = null;
      if (request === latestRequest && !cancelled) send(event, session);
    };
    // Nothing waits forever: past the deadline the answer no longer counts, whatever the adapter does.
    const deadlineTimer = setTimeout(() => {
      controller.abort();
      settle({ type: 'request-failed', error: timedOut(effect.type) });
    }, timeoutMs);
    perform(adapter, effect, { signal: controller.signal, timeoutMs }).then(
      ({ event, session }) => settle(event, session),
      (reason: unknown) => settle({ type: 'request-failed', error: toWizardError(reason, effect.type) }),
    );
  }

  function activate(): () => void {
    active = true;
    if (!started) {
      started = true;
      const now = Date.now();
      if (adapter.session) holdSession(adapter.session, now);
      publish(snapshot.state, now);
      if (deadline !== null && now >= deadline) send({ type: 'session-expired-before-start' });
      else run({ type: 'associate' });
    } else if (deferred) {
      run(deferred);
    }
    syncClock();
    return () => {
      active = false;
      syncClock();
    };
  }

  function cancel(): void {
    if (cancelled) return;
    cancelled = true;
    deferred = null;
    inFlight?.abort();
    inFlight = null;
    syncClock();
    callHost(callbacks.onCancel, undefined);
  }

  return {
    mode: adapter.mode,
    traits,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (event) => send(event),
    activate,
    cancel,
    setCallbacks(next) {
      callbacks = next;
    },
  };
}

function timedOut(operation: WizardEffect['type']): WizardError {
  // No answer in time: Cognito may have done the work all the same.
  return { kind: 'timeout', operation, name: 'TimeoutError', outcomeUnknown: true };
}

/** Whether the session can still be used in this state, so its clock matters. */
function sessionInUse<Outcome>(state: WizardState<Outcome>): boolean {
  switch (state.step) {
    case 'associating':
    case 'setup':
    case 'verifying':
    case 'completing':
      return true;
    case 'failed':
      return state.retry !== null;
    case 'done':
      return false;
    default:
      return state satisfies never;
  }
}

interface Answer<Outcome> {
  event: WizardEvent<Outcome>;
  session?: SessionSignal | undefined;
}

async function perform<Outcome>(
  adapter: EnrollmentAdapter<Outcome>,
  effect: WizardEffect,
  call: CallContext,
): Promise<Answer<Outcome>> {
  switch (effect.type) {
    case 'associate': {
      const { secret, session } = await adapter.associate(call);
      return { event: { type: 'associated', secret }, session };
    }
    case 'verify': {
      const { session } = await adapter.verify(effect.code, effect.deviceName, call);
      return { event: { type: 'verified' }, session };
    }
    case 'complete':
      return { event: { type: 'completed', outcome: await adapter.complete(call) } };
    default:
      return effect satisfies never;
  }
}

/**
 * Calls one host callback so that a throw in it cannot stop the wizard: the error is handed to the
 * page's global error handling (`reportError`, i.e. the window's "error" event, where a host's error
 * tracking listens), or thrown from a microtask where there is no `reportError`, never swallowed.
 */
function callHost<Value>(callback: ((value: Value) => void) | undefined, value: Value): void {
  if (!callback) return;
  try {
    callback(value);
  } catch (error) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
    else
      queueMicrotask(() => {
        throw error;
      });
  }
}
