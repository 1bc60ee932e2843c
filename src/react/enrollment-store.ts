import {
  effectOf,
  initialWizardState,
  timeLeft,
  toWizardError,
  wizardReducer,
  type EnrollmentMode,
  type EnrollmentResult,
  type WizardEffect,
  type WizardError,
  type WizardEvent,
  type WizardState,
  type WizardStep,
} from '../core';
import type { EnrollmentAdapter } from '../cognito';

/** The host callbacks the store reports transitions to. Read afresh on every transition. */
export interface StoreCallbacks {
  onStepChange?: ((step: WizardStep) => void) | undefined;
  onError?: ((error: WizardError) => void) | undefined;
  onComplete?: ((result: EnrollmentResult) => void) | undefined;
}

/** What a view reads from the store: a new object whenever anything in it changes. */
export interface EnrollmentSnapshot {
  state: WizardState;
  /**
   * Session mode: milliseconds left in the session now held, read each second while that session can
   * still be used; null in access-token mode and once the session no longer matters.
   */
  timeLeftMs: number | null;
}

export interface EnrollmentStore {
  readonly mode: EnrollmentMode;
  getSnapshot(): EnrollmentSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Feeds an event to the reducer and starts the request the new state asks for. Returns false when
   * the event changed nothing (the reducer ignored it, e.g. a submit while a request is in flight).
   */
  send(event: WizardEvent): boolean;
  /**
   * Marks the wizard as on screen. The first activation starts the one association of this
   * enrollment; later ones (React StrictMode re-running effects, a remount of the same instance)
   * only resume. The session clock ticks only while active. Returns the deactivation.
   */
  activate(): () => void;
  /** The host callbacks to report to from now on (the newest props). */
  setCallbacks(callbacks: StoreCallbacks): void;
}

export interface EnrollmentStoreOptions {
  adapter: EnrollmentAdapter;
  /**
   * Session mode: when Cognito issued the challenge's session (ms epoch) and how long each
   * session it issues lives (the app client's AuthSessionValidity); null in access-token mode.
   */
  session: { issuedAt: number; validityMs: number } | null;
}

const TICK_MS = 1000;

/**
 * The reducer plus the I/O it asks for, and the session clock, outside React. Requests start only
 * from reducer transitions (or the first activation), so a request cannot be sent twice by
 * re-renders, StrictMode's doubled effects or a second click: the reducer returns the same state for those.
 */
export function createEnrollmentStore({ adapter, session }: EnrollmentStoreOptions): EnrollmentStore {
  const createdAt = Date.now();
  // A session "issued" after now is the host's clock running ahead: count it from now.
  let deadline = session === null ? null : Math.min(session.issuedAt, createdAt) + session.validityMs;
  let snapshot: EnrollmentSnapshot = { state: initialWizardState, timeLeftMs: clockReading(initialWizardState, createdAt) };
  let started = false;
  let active = false;
  let clock: ReturnType<typeof setInterval> | undefined;
  // A request whose state was entered while the wizard was off screen waits for it to come back,
  // so an unmounted wizard does not go on to complete the enrollment behind the host's back.
  let deferred: WizardEffect | null = null;
  let latestRequest = 0;
  let callbacks: StoreCallbacks = {};
  const listeners = new Set<() => void>();

  function clockReading(state: WizardState, now: number): number | null {
    return deadline !== null && sessionInUse(state) ? timeLeft(deadline, now) : null;
  }

  function publish(state: WizardState, now: number): void {
    snapshot = { state, timeLeftMs: clockReading(state, now) };
    for (const listener of listeners) listener();
  }

  function send(event: WizardEvent): boolean {
    const previous = snapshot.state;
    const next = wizardReducer(previous, event, adapter.mode);
    if (next === previous) return false;
    const now = Date.now();
    // Cognito answers each step with a new session, which lives the whole AuthSessionValidity again.
    const newSession = session !== null && (event.type === 'associated' || event.type === 'verified') && !!event.session;
    if (newSession) deadline = now + session.validityMs;
    publish(next, now);
    syncClock(newSession);
    // The request first, the host's callbacks after: whatever a callback does, the wizard has moved on.
    const effect = effectOf(previous, next);
    if (effect) run(effect);
    if (active) report(previous, next);
    return true;
  }

  /**
   * Runs the interval while the wizard is on screen and its session can still be used. A new session
   * restarts it, so that each reading falls on a whole second of that session.
   */
  function syncClock(restart: boolean): void {
    const wanted = active && snapshot.timeLeftMs !== null;
    if (clock !== undefined && (restart || !wanted)) {
      clearInterval(clock);
      clock = undefined;
    }
    if (wanted && clock === undefined) clock = setInterval(tick, TICK_MS);
  }

  function tick(): void {
    const now = Date.now();
    publish(snapshot.state, now);
    // While a request is in flight the reducer leaves the verdict to Cognito, and the clock shows 0:00.
    if (deadline !== null && now >= deadline) send({ type: 'session-timed-out' });
  }

  function report(previous: WizardState, next: WizardState): void {
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
    const current = (event: WizardEvent) => {
      if (request === latestRequest) send(event);
    };
    perform(adapter, effect).then(current, (reason: unknown) =>
      current({ type: 'request-failed', error: toWizardError(reason, effect.type) }),
    );
  }

  function activate(): () => void {
    active = true;
    if (!started) {
      started = true;
      if (deadline !== null && Date.now() >= deadline) send({ type: 'session-expired-before-start' });
      else run({ type: 'associate' });
    } else if (deferred) {
      run(deferred);
    }
    syncClock(false);
    return () => {
      active = false;
      syncClock(false);
    };
  }

  return {
    mode: adapter.mode,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send,
    activate,
    setCallbacks(next) {
      callbacks = next;
    },
  };
}

/** Whether the session can still be used in this state, so its clock matters. */
function sessionInUse(state: WizardState): boolean {
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

async function perform(adapter: EnrollmentAdapter, effect: WizardEffect): Promise<WizardEvent> {
  switch (effect.type) {
    case 'associate': {
      const { secretCode, session } = await adapter.associate();
      return { type: 'associated', secret: secretCode, session };
    }
    case 'verify': {
      const { session } = await adapter.verify(effect.code, effect.deviceName, effect.session);
      return { type: 'verified', session };
    }
    case 'complete':
      return { type: 'completed', outcome: await adapter.complete(effect.session) };
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

export function errorOf(state: WizardState): WizardError | undefined {
  return state.step === 'setup' || state.step === 'failed' ? state.error : undefined;
}
