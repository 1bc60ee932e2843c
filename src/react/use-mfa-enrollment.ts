'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  buildOtpauthUri,
  enrolledOf,
  groupSecret,
  labelPart,
  recoveryOf,
  restartReasonOf,
  sessionDeadline,
  sessionValidityMinutes,
  usernameFromAccessToken,
  validateCode,
  type CodeProblem,
  type Enrolled,
  type EnrollmentMode,
  type EnrollmentResult,
  type ErrorRecovery,
  type RestartDetails,
  type RestartReason,
  type WizardError,
  type WizardStep,
} from '../core';
import { createEnrollmentAdapter, isSessionMode, type ClientSource, type ModeInputs } from '../cognito';
import { createEnrollmentStore, errorOf, type EnrollmentStore } from './enrollment-store';

/** What the wizard needs besides the mode and the client. */
export interface EnrollmentBehaviour {
  /** The service name the authenticator app shows (the otpauth issuer). */
  issuer: string;
  /**
   * The account the authenticator app shows under the issuer. Default: `username` in session mode;
   * in access-token mode the token's `username` claim (decoded for display only).
   */
  accountName?: string | undefined;
  /**
   * Session mode: the app client's AuthSessionValidity in minutes (3 to 15). Default 3. A value
   * outside 3 to 15 is brought to the nearer bound (no app client can have another); anything that is
   * not a finite number means the default. It never throws.
   */
  sessionValidityMinutes?: number | undefined;
  /** Session mode: when Cognito issued the session (ms since the epoch). Default: when the wizard mounted. */
  sessionIssuedAt?: number | undefined;
  /** Called once when the enrollment is complete: the mode, the device name and, in session mode, the tokens. */
  onComplete?: ((result: EnrollmentResult) => void) | undefined;
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
  /** Called when the user cancels. When given, the wizard shows a Cancel button. */
  onCancel?: (() => void) | undefined;
  /** Called on every step change. */
  onStepChange?: ((step: WizardStep) => void) | undefined;
}

/**
 * What `submitCode` did with a code; only `sent` sent anything.
 * - `sent`: the code (normalised to six digits) went to Cognito; the answer shows in `step` and `error`.
 * - `invalid`: it is not six digits; `problem` says why (the same as `validateCode`). Checked first,
 *   so the user can fix the code even while a request is in flight.
 * - `busy`: a request is in flight (associating, verifying, completing); submit again once it is over.
 * - `closed`: the enrollment takes no more codes (done or failed).
 */
export type CodeSubmission =
  | { status: 'sent'; code: string }
  | { status: 'invalid'; problem: CodeProblem }
  | { status: 'busy' }
  | { status: 'closed' };

/**
 * Options of `useMfaEnrollment`: one mode (`session` + `username` + `clientId`, or `accessToken`),
 * one client source (`client`, or `region` + optional `endpoint`), and the behaviour.
 * The mode inputs and the client are read once: to enroll again, remount (e.g. with a new `key`).
 */
export type UseMfaEnrollmentOptions = ClientSource & ModeInputs & EnrollmentBehaviour;

/**
 * Everything a view needs to show the wizard and act on it. The reducer's state itself is not part of
 * it: it holds the session (a credential of the user's sign-in) and the code being checked, which a
 * host has no use for and could log by accident with the rest. Every field here is safe to show,
 * except `secret` and `otpauthUri`, which are the key itself: show them to the user, never log them.
 */
export interface MfaEnrollment {
  /** Where the wizard is; also the root's `data-step`. */
  step: WizardStep;
  /** Which way in: the MFA_SETUP session or an access token. */
  mode: EnrollmentMode;
  /** The issuer as the authenticator app will show it. */
  issuer: string;
  /** The account name as the authenticator app will show it. */
  accountName: string;
  /** The key, once Cognito made it; undefined after the enrollment ends. */
  secret: string | undefined;
  /** The key in groups of four for reading. */
  groupedSecret: string | undefined;
  /** The otpauth URI for the QR code (and a phone's "open in app" link only). */
  otpauthUri: string | undefined;
  /** The error to show, if any. */
  error: WizardError | undefined;
  /** What can be done about the error. */
  recovery: ErrorRecovery | null;
  /**
   * Whether Cognito has registered the app's entry for the account (the value `onRestart` gets in
   * `details.enrolled`): `true`, `false`, or `'unknown'` when a Verify's answer was lost or (access-token
   * mode) a verified code could not be made the preferred MFA. See `RestartDetails`.
   */
  enrolled: Enrolled;
  /** A request is in flight. */
  busy: boolean;
  /** Session mode: milliseconds left in the session; null in access-token mode or once it no longer matters. */
  timeLeftMs: number | null;
  /** The failed step can send the failed request again. */
  canRetry: boolean;
  /** The failed step can ask Cognito for a new key (access-token mode, when the key held was refused). */
  canGetNewKey: boolean;
  /** The reason to sign in again, when that is the way forward. */
  restartReason: RestartReason | null;
  /** There is a reason to sign in again and the host gave onRestart to do it. */
  canRestart: boolean;
  /** The host gave onCancel. */
  canCancel: boolean;
  /**
   * Normalises and validates the code and, when it is six digits and the setup screen is waiting for
   * one, sends it with the device name (trimmed; empty sends none). Returns what it did, so a view can
   * say why nothing was sent.
   */
  submitCode(code: string, deviceName?: string): CodeSubmission;
  /** Sends the failed request again (a fresh key when association failed). Only when the user asks. */
  retry(): void;
  /** Asks Cognito for a new key when `canGetNewKey`; the old key stops working. Only when the user asks. */
  getNewKey(): void;
  /** Asks the host, through onRestart, to sign the user in again. */
  restart(): void;
  /** Calls onCancel. */
  cancel(): void;
}

/** Binds the wizard reducer to Cognito: one association per mounted wizard, whatever React does. */
export function useMfaEnrollment(options: UseMfaEnrollmentOptions): MfaEnrollment {
  const [store] = useState<EnrollmentStore>(() =>
    createEnrollmentStore({
      adapter: createEnrollmentAdapter(options),
      session: isSessionMode(options)
        ? {
            issuedAt: options.sessionIssuedAt ?? Date.now(),
            validityMs: sessionDeadline(0, sessionValidityMinutes(options.sessionValidityMinutes)),
          }
        : null,
    }),
  );
  // Layout effect: the newest callbacks are in place before any effect (or answer) can report.
  useLayoutEffect(() => store.setCallbacks(options));
  useEffect(() => store.activate(), [store]);

  const { state, timeLeftMs } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { mode } = store;
  const issuer = labelPart(options.issuer);
  const accountName = labelPart(
    options.accountName ??
      (isSessionMode(options) ? options.username : usernameFromAccessToken(options.accessToken)) ??
      '',
  );
  const secret = 'secret' in state ? state.secret : undefined;
  const otpauthUri = useMemo(
    () => (secret === undefined ? undefined : buildOtpauthUri({ issuer, accountName, secret })),
    [issuer, accountName, secret],
  );
  const error = errorOf(state);
  const recovery = error ? recoveryOf(error.kind, mode) : null;
  const enrolled = enrolledOf(state, mode);

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
  const retry = useCallback(() => store.send({ type: 'retry-requested' }), [store]);
  const getNewKey = useCallback(() => store.send({ type: 'new-key-requested' }), [store]);
  const restartReason = error ? restartReasonOf(error.kind, mode) : null;
  const { onRestart, onCancel } = options;
  const restart = () => {
    if (restartReason) onRestart?.(restartReason, { enrolled });
  };
  const cancel = () => onCancel?.();

  return {
    step: state.step,
    mode,
    issuer,
    accountName,
    secret,
    groupedSecret: secret === undefined ? undefined : groupSecret(secret),
    otpauthUri,
    error,
    recovery,
    enrolled,
    busy: isBusy(state.step),
    timeLeftMs,
    canRetry: state.step === 'failed' && state.retry !== null,
    canGetNewKey: state.step === 'failed' && recovery === 'new-key',
    restartReason,
    canRestart: restartReason !== null && onRestart !== undefined,
    canCancel: onCancel !== undefined,
    submitCode,
    retry,
    getNewKey,
    restart,
    cancel,
  };
}

/** A request is in flight in these steps. */
function isBusy(step: WizardStep): boolean {
  return step === 'associating' || step === 'verifying' || step === 'completing';
}
