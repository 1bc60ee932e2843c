'use client';

import { usernameFromAccessToken, type CompletionOutcome, type EnrollmentAdapter } from '../core';
import { createEnrollmentAdapter, isSessionMode, type ClientSource, type ModeInputs } from '../cognito';
import { useEnrollment, type EnrollmentBehaviour, type MfaEnrollment } from './use-enrollment';

export type {
  CodeSubmission,
  DoneScreen,
  EnrollmentBehaviour,
  FailedScreen,
  LoadingScreen,
  MfaEnrollment,
  SetupScreen,
} from './use-enrollment';

/** The third way in: an adapter (Amplify's from `cognito-mfa-wizard/amplify`, or the host's own). */
export interface AdapterInput<Outcome = CompletionOutcome> {
  /** Makes the calls; the wizard never sees its credential. Read once: to enroll again, remount. */
  adapter: EnrollmentAdapter<Outcome>;
  client?: never;
  region?: never;
  endpoint?: never;
  session?: never;
  username?: never;
  clientId?: never;
  secretHash?: never;
  accessToken?: never;
  sessionValidityMinutes?: never;
  sessionIssuedAt?: never;
}

/**
 * Options of `useMfaEnrollment`: one way in (`session` + `username` + `clientId`, or `accessToken`,
 * each with `client` or `region` + optional `endpoint`; or an `adapter`), and the behaviour.
 * The way in is read once: to enroll again, remount (e.g. with a new `key`).
 */
export type UseMfaEnrollmentOptions<Outcome = CompletionOutcome> =
  | (AdapterInput<Outcome> & EnrollmentBehaviour<Outcome>)
  | BuiltInOptions;

/** The built-in ways in: the AWS SDK with a sign-in session or an access token. */
export type BuiltInOptions = ClientSource & ModeInputs & EnrollmentBehaviour & { adapter?: never };

/** Binds the wizard to Cognito: the built-in SDK adapters for a session or an access token, or the given adapter. */
export function useMfaEnrollment(options: BuiltInOptions): MfaEnrollment;
export function useMfaEnrollment<Outcome>(options: AdapterInput<Outcome> & EnrollmentBehaviour<Outcome>): MfaEnrollment<Outcome>;
export function useMfaEnrollment<Outcome>(options: UseMfaEnrollmentOptions<Outcome>): MfaEnrollment<Outcome>;
export function useMfaEnrollment(options: UseMfaEnrollmentOptions<unknown>): MfaEnrollment<unknown> {
  return useEnrollment<unknown>(() => adapterOf(options), options, defaultAccountName(options));
}

function adapterOf(options: UseMfaEnrollmentOptions<unknown>): EnrollmentAdapter<unknown> {
  return options.adapter ?? createEnrollmentAdapter(options);
}

function defaultAccountName(options: UseMfaEnrollmentOptions<unknown>): string {
  if (options.adapter) return '';
  return (isSessionMode(options) ? options.username : usernameFromAccessToken(options.accessToken)) ?? '';
}
