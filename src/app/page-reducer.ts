import type { AuthenticationResult, Enrolled, RestartReason, SignInErrorKind, SignInStep } from 'cognito-mfa-wizard';

type ChallengeStep<K extends SignInStep['kind']> = Extract<SignInStep, { kind: K }>;

/** Whether the signed-in user has an authenticator app, as far as Cognito has said. */
export type AppStatus = 'checking' | 'on' | 'off' | 'unknown';

/** Why the sign-in form is shown again, in facts; the words are the texts'. */
export type Notice =
  | { kind: 'restart'; reason: RestartReason; enrolled: Enrolled }
  | { kind: 'session-lost'; error: SignInErrorKind }
  | { kind: 'unsupported-challenge'; challenge: string }
  | { kind: 'signed-out'; revoked: 'pending' | 'yes' | 'no' }
  | { kind: 'enrolled' }
  | { kind: 'replaced' }
  | { kind: 'turned-off' }
  /** The browser showed the page again from its back/forward cache, and the page forgot everything. */
  | { kind: 'restored-from-history' };

/** Where the page is. Tokens and sessions live here, in memory, and nowhere else. */
export type Screen =
  | { name: 'sign-in'; notice?: Notice | undefined; username?: string | undefined }
  | { name: 'new-password'; step: ChallengeStep<'new-password-required'> }
  | { name: 'totp'; step: ChallengeStep<'software-token-mfa'> }
  | { name: 'enroll-session'; step: ChallengeStep<'mfa-setup'> }
  | { name: 'signed-in'; displayName: string; tokens: AuthenticationResult; app: AppStatus; notice?: Notice | undefined }
  /** `replacing`: the user has an app and sets up a new one, whose entry replaces the old one's. */
  | { name: 'enroll-token'; displayName: string; tokens: AuthenticationResult; replacing?: boolean | undefined };

/** A request the user started with a form: its input (a password, a code) stays with the request, never here. */
export type FormRequest = 'sign-in' | 'new-password' | 'totp';

/** The one request whose answer the page waits for; any other answer is dropped. */
export interface Pending {
  id: number;
  request: FormRequest | 'check-app' | 'turn-off';
}

export interface PageState {
  poolId: string;
  screen: Screen;
  pending: Pending | null;
  /** Why the last form request (or turning the app off) failed, while its screen is shown. */
  error?: SignInErrorKind | undefined;
  /** The id of the newest request, answered or not. */
  lastRequest: number;
}

export type PageEvent =
  | { type: 'pool-changed'; poolId: string }
  | { type: 'submitted'; request: FormRequest }
  | { type: 'answered'; id: number; step: SignInStep }
  | { type: 'failed'; id: number; error: SignInErrorKind }
  | { type: 'app-checked'; id: number; hasApp: boolean }
  | { type: 'app-check-failed'; id: number }
  | { type: 'check-app-requested' }
  /** The user leaves the new-password or TOTP step for the sign-in form. */
  | { type: 'cancelled' }
  | { type: 'enroll-requested' }
  /** The user, who has an app, confirmed setting up a new one in its place. */
  | { type: 'replace-requested' }
  /** The user confirmed turning the app off (SetUserMFAPreference). */
  | { type: 'turn-off-requested' }
  | { type: 'turned-off'; id: number }
  | { type: 'turn-off-failed'; id: number; error: SignInErrorKind }
  | { type: 'enroll-cancelled' }
  | { type: 'enrolled'; tokens?: AuthenticationResult | undefined }
  | { type: 'restart-requested'; reason: RestartReason; enrolled: Enrolled }
  | { type: 'sign-out-requested' }
  | { type: 'revoked'; id: number; ok: boolean };

/** The I/O a transition asks for, besides the form requests the store sends with their input. */
export type PageEffect =
  | { type: 'check-app'; id: number; accessToken: string }
  | { type: 'turn-off'; id: number; accessToken: string }
  | { type: 'revoke'; id: number; refreshToken: string };

export function initialPageState(poolId: string, notice?: Notice): PageState {
  return { poolId, screen: notice ? { name: 'sign-in', notice } : { name: 'sign-in' }, pending: null, lastRequest: 0 };
}

/** The screen each form request belongs to: a request is sent only from its own screen. */
const screenOfRequest: Record<FormRequest, Screen['name']> = {
  'sign-in': 'sign-in',
  'new-password': 'new-password',
  totp: 'totp',
};

/**
 * The page as state + event -> state. An event that does not fit (a submit while a request is in
 * flight, an answer to a request the user has since left) returns the same state object: nothing
 * happens, and no request may follow. Every answer names its request, so a late one can never sign
 * anyone in or start anything.
 */
export function pageReducer(state: PageState, event: PageEvent): PageState {
  switch (event.type) {
    case 'pool-changed':
      if (state.screen.name !== 'sign-in' || state.pending || event.poolId === state.poolId) return state;
      return { ...state, poolId: event.poolId, error: undefined };

    case 'submitted': {
      if (state.pending || state.screen.name !== screenOfRequest[event.request]) return state;
      const id = state.lastRequest + 1;
      return { ...state, pending: { id, request: event.request }, lastRequest: id, error: undefined };
    }

    case 'answered':
      if (!isPending(state, event.id)) return state;
      return go(state, screenAfter(event.step));

    case 'failed': {
      if (!isPending(state, event.id)) return state;
      const { screen } = state;
      // Past the password, a spent session cannot be answered again: back to the sign-in form.
      if ((screen.name === 'new-password' || screen.name === 'totp') && isSessionLost(event.error)) {
        return go(state, {
          name: 'sign-in',
          username: screen.step.displayName,
          notice: { kind: 'session-lost', error: event.error },
        });
      }
      return { ...state, pending: null, error: event.error };
    }

    case 'check-app-requested':
      if (state.screen.name !== 'signed-in' || state.screen.app !== 'unknown') return state;
      return go(state, { ...state.screen, app: 'checking' });

    case 'app-checked':
    case 'app-check-failed': {
      if (!isPending(state, event.id) || state.screen.name !== 'signed-in') return state;
      const app: AppStatus = event.type === 'app-checked' ? (event.hasApp ? 'on' : 'off') : 'unknown';
      return { ...state, pending: null, screen: { ...state.screen, app } };
    }

    case 'cancelled': {
      const { screen } = state;
      if (screen.name !== 'new-password' && screen.name !== 'totp') return state;
      return go(state, { name: 'sign-in', username: screen.step.displayName });
    }

    case 'enroll-requested': {
      const { screen } = state;
      if (screen.name !== 'signed-in' || screen.app !== 'off') return state;
      return go(state, { name: 'enroll-token', displayName: screen.displayName, tokens: screen.tokens });
    }

    case 'replace-requested': {
      const { screen } = state;
      if (screen.name !== 'signed-in' || screen.app !== 'on' || state.pending) return state;
      return go(state, { name: 'enroll-token', displayName: screen.displayName, tokens: screen.tokens, replacing: true });
    }

    case 'turn-off-requested': {
      if (state.screen.name !== 'signed-in' || state.screen.app !== 'on' || state.pending) return state;
      const id = state.lastRequest + 1;
      return { ...state, pending: { id, request: 'turn-off' }, lastRequest: id, error: undefined };
    }

    case 'turned-off': {
      const { screen } = state;
      if (!isPending(state, event.id) || screen.name !== 'signed-in') return state;
      // What Cognito now says, not what the page assumes: GetUser is asked again.
      return go(state, signedIn(screen.displayName, screen.tokens, 'checking', { kind: 'turned-off' }));
    }

    case 'turn-off-failed':
      if (!isPending(state, event.id) || state.screen.name !== 'signed-in') return state;
      return { ...state, pending: null, error: event.error };

    case 'enroll-cancelled': {
      const { screen } = state;
      if (screen.name === 'enroll-session') return go(state, { name: 'sign-in', username: screen.step.displayName });
      if (screen.name !== 'enroll-token') return state;
      // Only Cognito knows whether the app counts now (a verified code whose completion failed): ask it.
      return go(state, { name: 'signed-in', displayName: screen.displayName, tokens: screen.tokens, app: 'checking' });
    }

    case 'enrolled': {
      const { screen } = state;
      if (screen.name === 'enroll-session' && event.tokens) {
        return go(state, signedIn(screen.step.displayName, event.tokens, 'on', { kind: 'enrolled' }));
      }
      if (screen.name !== 'enroll-token') return state;
      // A replacement is confirmed by GetUser like any change of an app the user already had.
      if (screen.replacing) return go(state, signedIn(screen.displayName, screen.tokens, 'checking', { kind: 'replaced' }));
      return go(state, signedIn(screen.displayName, screen.tokens, 'on', { kind: 'enrolled' }));
    }

    case 'restart-requested': {
      const { screen } = state;
      if (screen.name !== 'enroll-session' && screen.name !== 'enroll-token') return state;
      const username = screen.name === 'enroll-session' ? screen.step.displayName : screen.displayName;
      return go(state, { name: 'sign-in', username, notice: { kind: 'restart', reason: event.reason, enrolled: event.enrolled } });
    }

    case 'sign-out-requested':
      if (state.screen.name !== 'signed-in') return state;
      // Forgetting the tokens is what signs out here; revoking them is reported when Cognito answers.
      return go(
        { ...state, lastRequest: state.lastRequest + 1 },
        { name: 'sign-in', notice: { kind: 'signed-out', revoked: state.screen.tokens.RefreshToken ? 'pending' : 'yes' } },
      );

    case 'revoked': {
      const { screen } = state;
      if (event.id !== state.lastRequest || screen.name !== 'sign-in' || screen.notice?.kind !== 'signed-out') return state;
      return { ...state, screen: { ...screen, notice: { kind: 'signed-out', revoked: event.ok ? 'yes' : 'no' } } };
    }

    default:
      return event satisfies never;
  }
}

/** The request to start because `next` was just entered from `previous`; null when none. */
export function pageEffectOf(previous: PageState, next: PageState): PageEffect | null {
  if (previous === next) return null;
  const { screen, pending } = next;
  if (screen.name === 'signed-in' && pending?.request === 'check-app' && pending !== previous.pending) {
    return { type: 'check-app', id: pending.id, accessToken: screen.tokens.AccessToken ?? '' };
  }
  if (screen.name === 'signed-in' && pending?.request === 'turn-off' && pending !== previous.pending) {
    return { type: 'turn-off', id: pending.id, accessToken: screen.tokens.AccessToken ?? '' };
  }
  if (previous.screen.name === 'signed-in' && screen.name === 'sign-in' && screen.notice?.kind === 'signed-out') {
    const refreshToken = previous.screen.tokens.RefreshToken;
    if (refreshToken) return { type: 'revoke', id: next.lastRequest, refreshToken };
  }
  return null;
}

/** Whether a request is in flight for the form shown (the form's button says so). */
export function isBusy(state: PageState): boolean {
  return state.pending !== null && state.pending.request !== 'check-app';
}

function isPending(state: PageState, id: number): boolean {
  return state.pending?.id === id;
}

function isSessionLost(error: SignInErrorKind): boolean {
  return error === 'session-expired' || error === 'session-used' || error === 'session-invalid';
}

/** Moves to a screen: nothing pending (an answer to anything before is dropped), no error. */
function go(state: PageState, screen: Screen): PageState {
  // A signed-in screen that does not know yet asks Cognito, as a request of its own.
  if (screen.name === 'signed-in' && screen.app === 'checking') {
    const id = state.lastRequest + 1;
    return { ...state, screen, pending: { id, request: 'check-app' }, lastRequest: id, error: undefined };
  }
  return { ...state, screen, pending: null, error: undefined };
}

function signedIn(displayName: string, tokens: AuthenticationResult, app: AppStatus, notice?: Notice): Screen {
  return { name: 'signed-in', displayName, tokens, app, notice };
}

function screenAfter(step: SignInStep): Screen {
  switch (step.kind) {
    case 'signed-in':
      return signedIn(step.displayName, step.tokens, 'checking');
    case 'mfa-setup':
      return { name: 'enroll-session', step };
    case 'software-token-mfa':
      return { name: 'totp', step };
    case 'new-password-required':
      return { name: 'new-password', step };
    case 'unsupported-challenge':
      return { name: 'sign-in', username: step.displayName, notice: { kind: 'unsupported-challenge', challenge: step.challenge } };
    default:
      return step satisfies never;
  }
}
