import {
  effectOf,
  initialWizardState,
  toWizardError,
  wizardReducer,
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

export interface EnrollmentStore {
  getState(): WizardState;
  subscribe(listener: () => void): () => void;
  /** Feeds an event to the reducer and starts the request the new state asks for. */
  send(event: WizardEvent): void;
  /**
   * Marks the wizard as on screen. The first activation starts the one association of this
   * enrollment; later ones (React StrictMode re-running effects, a remount of the same instance)
   * only resume. Returns the deactivation.
   */
  activate(): () => void;
  /** The host callbacks to report to from now on (the newest props). */
  setCallbacks(callbacks: StoreCallbacks): void;
  /** Session mode: when the session now held stops working (ms epoch); null in access-token mode. */
  readonly deadline: number | null;
  /** Session mode: how long each session lives; a session never has more than this left. */
  readonly sessionValidityMs: number | null;
  /** When the store was made (ms epoch): the session clock's first reading. */
  readonly createdAt: number;
}

export interface EnrollmentStoreOptions {
  adapter: EnrollmentAdapter;
  /**
   * Session mode: when Cognito issued the challenge's session (ms epoch) and how long each
   * session it issues lives (the app client's AuthSessionValidity); null in access-token mode.
   */
  session: { issuedAt: number; validityMs: number } | null;
}

/**
 * The reducer plus the I/O it asks for, outside React. Requests start only from reducer
 * transitions (or the first activation), so a request cannot be sent twice by re-renders,
 * StrictMode's doubled effects or a second click: the reducer returns the same state for those.
 */
export function createEnrollmentStore({ adapter, session }: EnrollmentStoreOptions): EnrollmentStore {
  const createdAt = Date.now();
  let deadline = session === null ? null : session.issuedAt + session.validityMs;
  let state = initialWizardState;
  let started = false;
  let active = false;
  // A request whose state was entered while the wizard was off screen waits for it to come back,
  // so an unmounted wizard does not go on to complete the enrollment behind the host's back.
  let deferred: WizardEffect | null = null;
  let latestRequest = 0;
  let callbacks: StoreCallbacks = {};
  const listeners = new Set<() => void>();

  function send(event: WizardEvent): void {
    const previous = state;
    const next = wizardReducer(previous, event);
    if (next === previous) return;
    // Cognito answers each step with a new session, which lives the whole AuthSessionValidity again.
    if (session !== null && (event.type === 'associated' || event.type === 'verified') && event.session) {
      deadline = Date.now() + session.validityMs;
    }
    state = next;
    for (const listener of listeners) listener();
    if (active) report(previous, next);
    const effect = effectOf(previous, next);
    if (effect) run(effect);
  }

  function report(previous: WizardState, next: WizardState): void {
    const host = callbacks;
    if (previous.step !== next.step) host.onStepChange?.(next.step);
    const error = errorOf(next);
    if (error && error !== errorOf(previous)) host.onError?.(error);
    if (next.step === 'done' && previous.step !== 'done') host.onComplete?.(next.result);
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
      current({ type: 'request-failed', error: toWizardError(reason, operationOf(effect)) }),
    );
  }

  function activate(): () => void {
    active = true;
    if (!started) {
      started = true;
      if (deadline !== null && createdAt >= deadline) send({ type: 'session-timed-out' });
      else run({ type: 'associate' });
    } else if (deferred) {
      run(deferred);
    }
    return () => {
      active = false;
    };
  }

  return {
    get deadline() {
      return deadline;
    },
    sessionValidityMs: session?.validityMs ?? null,
    createdAt,
    getState: () => state,
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

function operationOf(effect: WizardEffect): WizardError['operation'] {
  return effect.type;
}

export function errorOf(state: WizardState): WizardError | undefined {
  return state.step === 'setup' || state.step === 'failed' ? state.error : undefined;
}
