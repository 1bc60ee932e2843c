'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  buildOtpauthUri,
  createEnrollmentStore,
  enrolledOf,
  errorOf,
  groupSecret,
  isBusy,
  labelPart,
  newKeyOffered,
  recoveryOf,
  restartReasonOf,
  validateCode,
  type CodeProblem,
  type CompletionOutcome,
  type Enrolled,
  type EnrollmentAdapter,
  type EnrollmentMode,
  type EnrollmentResult,
  type EnrollmentStore,
  type ErrorRecovery,
  type RestartDetails,
  type RestartReason,
  type WizardError,
  type WizardState,
  type WizardStep,
} from '../core';

/** What the wizard needs besides the way in. */
export interface EnrollmentBehaviour<Outcome = CompletionOutcome> {
  /** The service name the authenticator app shows (the otpauth issuer). */
  issuer: string;
  /**
   * The account the authenticator app shows under the issuer. Default: `username` in session mode;
   * in access-token mode the token's `username` claim (decoded for display only).
   */
  accountName?: string | undefined;
  /**
   * How long each request to Cognito may take, in ms, before the wizard gives up on it and says so
   * (with the ways forward the step allows). Default 20 000.
   */
  requestTimeoutMs?: number | undefined;
  /**
   * Called once when the enrollment is complete: the adapter's outcome (mode and, in session mode,
   * the tokens) and the device name. (A method signature, so that the options of the built-in ways
   * in and of any adapter fit one type.)
   */
  onComplete?(result: EnrollmentResult<Outcome>): void;
  /** Called with every error as it is shown. */
  onError?: ((error: WizardError) => void) | undefined;
  /**
   * Called when the user asks to sign in again because the session or token is spent; only the host
   * can sign the user in. When given, the failed step shows a "Sign in again" button.
   * `details.enrolled` says whether Cognito registered the app's entry: `true` keep it (the next
   * sign-in asks for its code), `false` it is of no use, `'unknown'` it may be (tell the user both
   * cases); see `RestartDetails`.
   */
  onRestart?: ((reason: RestartReason, details: RestartDetails) => void) | undefined;
  /**
   * Called when the user cancels, after the wizard has dropped any answer still to come. When given,
   * the wizard shows a Cancel button.
   */
  onCancel?: (() => void) | undefined;
  /** Called on every step change. */
  onStepChange?: ((step: WizardStep) => void) | undefined;
}

/**
 * What `submitCode` did with a code; only `sent` sent anything.
 * - `sent`: the code (normalised to six digits) went to Cognito; the answer shows in `step` and `error`.
 * - `invalid`: it is not six digits; `problem` says why (the same as `validateCode`).
 * - `busy`: a request is in flight; submit again once it is over.
 * - `closed`: the enrollment takes no more codes (done, failed or cancelled).
 */
export type CodeSubmission =
  | { status: 'sent'; code: string }
  | { status: 'invalid'; problem: CodeProblem }
  | { status: 'busy' }
  | { status: 'closed' };

/** What every screen has. */
interface EnrollmentCommon {
  /** Which way in: the MFA_SETUP session or an access token (also the root's `data-mode`). */
  mode: EnrollmentMode;
  /** The issuer as the authenticator app will show it. */
  issuer: string;
  /** The account name as the authenticator app will show it. */
  accountName: string;
  /**
   * Whether Cognito has registered the app's entry for the account (the value `onRestart` gets in
   * `details.enrolled`): `true`, `false`, or `'unknown'` when a Verify's outcome is unknown or (access-token
   * mode) a verified code could not be made the preferred MFA. See `RestartDetails`.
   */
  enrolled: Enrolled;
  /** Milliseconds left in the session the adapter holds; null without one, or once it no longer matters. */
  timeLeftMs: number | null;
  /** Less than a minute of the session is left (true once per session). */
  runningOut: boolean;
  /** The host gave onCancel. */
  canCancel: boolean;
  /** Drops any answer still to come, then calls onCancel. */
  cancel(): void;
  /**
   * Normalises and validates the code and, when it is six digits and the setup screen is waiting for
   * one, sends it with the device name (trimmed; empty sends none). Returns what it did.
   */
  submitCode(code: string, deviceName?: string): CodeSubmission;
}

/** Fields that only some screens have: absent (undefined) on the others, so any screen can be read alike. */
interface NoKey {
  secret?: undefined;
  groupedSecret?: undefined;
  otpauthUri?: undefined;
}

/** While Cognito makes the key. */
export interface LoadingScreen extends EnrollmentCommon, NoKey {
  screen: 'loading';
  step: 'associating';
  busy: true;
  error?: undefined;
  recovery?: undefined;
}

/** The QR code, the key and the code form; it stays while a code is checked and the enrollment completed. */
export interface SetupScreen extends EnrollmentCommon {
  screen: 'setup';
  step: 'setup' | 'verifying' | 'completing';
  /** The key, as the adapter checked it. Show it to the user; never log it. */
  secret: string;
  /** The key in groups of four for reading. */
  groupedSecret: string;
  /** The otpauth URI for the QR code (and a phone's "open in app" link). The key itself: never log it. */
  otpauthUri: string;
  /** A request is in flight (verifying or completing). */
  busy: boolean;
  /** Why the last code or request failed, if it did; the screen and its key stay. */
  error: WizardError | undefined;
  /** What can be done about the error. */
  recovery: ErrorRecovery | null;
  /**
   * Codes were refused again and again, and the adapter can make a new key: another tab or device may
   * have replaced this one. `getNewKey` asks for one (the old entry then stops working).
   */
  canGetNewKey: boolean;
  getNewKey(): void;
}

/** The enrollment is complete. */
export interface DoneScreen<Outcome = CompletionOutcome> extends EnrollmentCommon, NoKey {
  screen: 'done';
  step: 'done';
  busy: false;
  /** What `onComplete` received. */
  result: EnrollmentResult<Outcome>;
  error?: undefined;
  recovery?: undefined;
}

/** The enrollment cannot go on as it is: what happened and the ways forward. */
export interface FailedScreen extends EnrollmentCommon, NoKey {
  screen: 'failed';
  step: 'failed';
  busy: false;
  error: WizardError;
  recovery: ErrorRecovery;
  /** The failed request can be sent again (a fresh key when association failed). */
  canRetry: boolean;
  retry(): void;
  /** Cognito refused the key held and the adapter can make another; the old entry then stops working. */
  canGetNewKey: boolean;
  getNewKey(): void;
  /** The reason to sign in again, when that is the way forward. */
  restartReason: RestartReason | null;
  /** There is a reason to sign in again and the host gave onRestart to do it. */
  canRestart: boolean;
  /** Asks the host, through onRestart, to sign the user in again. */
  restart(): void;
}

/**
 * Everything a view needs to show the wizard and act on it, by screen. The reducer's state itself is
 * not part of it (it holds the code being checked, which a host could log by accident). Every field is
 * safe to show, except `secret` and `otpauthUri`, which are the key itself: show them, never log them.
 */
export type MfaEnrollment<Outcome = CompletionOutcome> =
  | LoadingScreen
  | SetupScreen
  | DoneScreen<Outcome>
  | FailedScreen;

/**
 * Binds the wizard's store to React for any adapter: one association per mounted wizard, whatever
 * React does. The adapter is made once, on first render (to enroll again, remount). It imports no
 * AWS SDK: `useMfaEnrollment` adds the built-in SDK adapters on top of it.
 */
export function useEnrollment<Outcome>(
  createAdapter: () => EnrollmentAdapter<Outcome>,
  behaviour: EnrollmentBehaviour<Outcome>,
  defaultAccountName = '',
): MfaEnrollment<Outcome> {
  const [store] = useState<EnrollmentStore<Outcome>>(() =>
    createEnrollmentStore({ adapter: createAdapter(), requestTimeoutMs: behaviour.requestTimeoutMs }),
  );
  // Layout effect: the newest callbacks are in place before any effect (or answer) can report.
  useLayoutEffect(() => store.setCallbacks(behaviour));
  useEffect(() => store.activate(), [store]);
  const { state, timeLeftMs, runningOut } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  const issuer = labelPart(behaviour.issuer);
  const accountName = labelPart(behaviour.accountName ?? defaultAccountName);
  const secret = 'secret' in state ? state.secret : undefined;
  const otpauthUri = useMemo(
    () => (secret === undefined ? undefined : buildOtpauthUri({ issuer, accountName, secret })),
    [issuer, accountName, secret],
  );
  const submitCode = useCallback(
    (code: string, deviceName?: string): CodeSubmission => {
      const validation = validateCode(code);
      if (!validation.ok) return { status: 'invalid', problem: validation.problem };
      const event = { type: 'code-submitted', code: validation.code, deviceName: deviceName?.trim() || undefined } as const;
      if (store.send(event)) return { status: 'sent', code: validation.code };
      // Read from the store, not this render: a second submit in the same tick sees the first one's state.
      return { status: isBusy(store.getSnapshot().state.step) ? 'busy' : 'closed' };
    },
    [store],
  );
  const getNewKey = useCallback(() => void store.send({ type: 'new-key-requested' }), [store]);
  const retry = useCallback(() => void store.send({ type: 'retry-requested' }), [store]);
  const cancel = useCallback(() => store.cancel(), [store]);

  const enrolled = enrolledOf(state, store.traits);
  const common: EnrollmentCommon = {
    mode: store.mode,
    issuer,
    accountName,
    enrolled,
    timeLeftMs,
    runningOut,
    canCancel: behaviour.onCancel !== undefined,
    cancel,
    submitCode,
  };
  return screenFor(state, common, { store, otpauthUri, getNewKey, retry, onRestart: behaviour.onRestart });
}

interface ScreenParts<Outcome> {
  store: EnrollmentStore<Outcome>;
  otpauthUri: string | undefined;
  getNewKey: () => void;
  retry: () => void;
  onRestart: EnrollmentBehaviour<Outcome>['onRestart'];
}

function screenFor<Outcome>(
  state: WizardState<Outcome>,
  common: EnrollmentCommon,
  { store, otpauthUri, getNewKey, retry, onRestart }: ScreenParts<Outcome>,
): MfaEnrollment<Outcome> {
  const { traits } = store;
  switch (state.step) {
    case 'associating':
      return { ...common, screen: 'loading', step: state.step, busy: true };
    case 'setup':
    case 'verifying':
    case 'completing': {
      const error = errorOf(state);
      return {
        ...common,
        screen: 'setup',
        step: state.step,
        secret: state.secret,
        groupedSecret: groupSecret(state.secret),
        otpauthUri: otpauthUri ?? '',
        busy: isBusy(state.step),
        error,
        recovery: error ? recoveryOf(error.kind, traits) : null,
        canGetNewKey: newKeyOffered(state, traits),
        getNewKey,
      };
    }
    case 'done':
      return { ...common, screen: 'done', step: 'done', busy: false, result: state.result };
    case 'failed': {
      const restartReason = restartReasonOf(state.error.kind, traits);
      const details: RestartDetails = { enrolled: common.enrolled };
      return {
        ...common,
        screen: 'failed',
        step: 'failed',
        busy: false,
        error: state.error,
        recovery: recoveryOf(state.error.kind, traits),
        canRetry: state.retry !== null,
        retry,
        canGetNewKey: newKeyOffered(state, traits),
        getNewKey,
        restartReason,
        canRestart: restartReason !== null && onRestart !== undefined,
        restart: () => {
          if (restartReason) onRestart?.(restartReason, details);
        },
      };
    }
    default:
      return state satisfies never;
  }
}

