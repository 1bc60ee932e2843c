'use client';

import type { CompletionOutcome } from '../core';
import { useMfaEnrollment, type UseMfaEnrollmentOptions } from './use-mfa-enrollment';
import { viewPropsOf, WizardView, type WizardViewProps } from './wizard-view';

/**
 * Props: one way in (`session` + `username` + `clientId`, or `accessToken`, with `client` or
 * `region` + optional `endpoint`; or an `adapter`), the behaviour of `useMfaEnrollment`, and the view's own.
 */
export type MfaEnrollmentWizardProps<Outcome = CompletionOutcome> = UseMfaEnrollmentOptions<Outcome> & WizardViewProps;

/**
 * TOTP enrollment for a Cognito user: associate, scan or type the key, enter a code, verify, complete.
 * Unstyled unless `mfa-wizard.css` is imported; style by `.mfa-wizard[data-step]` and `--mfa-*` variables.
 * It brings the AWS SDK for its built-in ways in; a host with an adapter of its own (Amplify's) that
 * wants none of the SDK uses `EnrollmentWizard`.
 */
export function MfaEnrollmentWizard<Outcome = CompletionOutcome>(props: MfaEnrollmentWizardProps<Outcome>) {
  const enrollment = useMfaEnrollment<Outcome>(props);
  return <WizardView enrollment={enrollment} {...viewPropsOf(props)} />;
}
