import { SignInError, type RequestOptions, type SignIn, type SignInErrorKind, type SignInStep } from 'cognito-mfa-wizard';
import { initialPageState, pageEffectOf, pageReducer, type FormRequest, type Notice, type PageEvent, type PageState } from './page-reducer';

export interface PageStore {
  getState(): PageState;
  subscribe(listener: () => void): () => void;
  /** Feeds an event to the reducer and starts what the new state asks for; false when nothing changed. */
  dispatch(event: PageEvent): boolean;
  /**
   * Sends a form's request when the page can take it (nothing else in flight, the form's own screen),
   * with its input kept in `perform`'s closure, never in the state.
   */
  submit(request: FormRequest, perform: (auth: SignIn, options: RequestOptions) => Promise<SignInStep>): void;
}

/**
 * The page's reducer and the requests it asks for, outside React (as the wizard's store is). A request
 * the page stops waiting for (the user cancelled, went elsewhere) is aborted, and its answer, if it
 * comes anyway, names a request that is no longer pending: the reducer drops it.
 */
export function createPageStore(
  authFor: (poolId: string, signal: AbortSignal) => Promise<SignIn>,
  poolId: string,
  notice?: Notice,
): PageStore {
  let state = initialPageState(poolId, notice);
  const listeners = new Set<() => void>();
  const inFlight = new Map<number, AbortController>();

  const notify = () => {
    for (const listener of listeners) listener();
  };

  /** `render: 'after-send'` tells React in the next task, once the request that goes with the event is on the wire. */
  function dispatch(event: PageEvent, render: 'now' | 'after-send' = 'now'): boolean {
    const previous = state;
    const next = pageReducer(previous, event);
    if (next === previous) return false;
    state = next;
    if (previous.pending && previous.pending.id !== next.pending?.id) inFlight.get(previous.pending.id)?.abort();
    if (render === 'now') notify();
    else nextTask(notify);
    const effect = pageEffectOf(previous, next);
    if (effect?.type === 'check-app') {
      const { id, accessToken } = effect;
      track(id, (auth, options) => auth.hasAuthenticatorApp(accessToken, options)).then(
        (hasApp) => dispatch({ type: 'app-checked', id, hasApp }),
        () => dispatch({ type: 'app-check-failed', id }),
      );
    } else if (effect?.type === 'turn-off') {
      const { id, accessToken } = effect;
      track(id, (auth, options) => auth.turnOffAuthenticatorApp(accessToken, options)).then(
        () => dispatch({ type: 'turned-off', id }),
        (reason: unknown) => dispatch({ type: 'turn-off-failed', id, error: errorKindOf(reason) }),
      );
    } else if (effect?.type === 'revoke') {
      const { id, refreshToken } = effect;
      track(id, (auth, options) => auth.signOut(refreshToken, options)).then(
        () => dispatch({ type: 'revoked', id, ok: true }),
        () => dispatch({ type: 'revoked', id, ok: false }),
      );
    }
    return true;
  }

  async function track<T>(id: number, perform: (auth: SignIn, options: RequestOptions) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    inFlight.set(id, controller);
    try {
      // The sign-in may still be on its way (a chunk the page downloads after it shows): waited for within its deadline.
      const auth = await authFor(state.poolId, controller.signal);
      return await perform(auth, { signal: controller.signal });
    } finally {
      inFlight.delete(id);
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (event) => dispatch(event),
    submit(request, perform) {
      // The request goes out first, and the form shows it is waiting while it travels: on a phone,
      // React's render of that state would otherwise hold the request back by tens of milliseconds.
      if (!dispatch({ type: 'submitted', request }, 'after-send')) return;
      const id = state.lastRequest;
      track(id, perform).then(
        // The answer may have sent a request of its own (the wizard's key): React renders after it left.
        (step) => dispatch({ type: 'answered', id, step }, 'after-send'),
        (reason: unknown) => dispatch({ type: 'failed', id, error: errorKindOf(reason) }),
      );
    },
  };
}

function errorKindOf(reason: unknown): SignInErrorKind {
  return reason instanceof SignInError ? reason.kind : 'unknown';
}

/**
 * Runs `run` in a task of its own, after the current one: a message, not a timer, so that a page in
 * a background tab (whose timers the browser slows to one a second, or a minute) is not held back.
 */
function nextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(undefined);
}
