'use client';

import type { EnrollmentAdapter } from '../core';
import { useEnrollment, type EnrollmentBehaviour } from './use-enrollment';
import { viewPropsOf, WizardView, type WizardViewProps } from './wizard-view';

/** Props of `EnrollmentWizard`: an adapter, the behaviour, and the view's own. */
export type EnrollmentWizardProps<Outcome> = { adapter: EnrollmentAdapter<Outcome> } & EnrollmentBehaviour<Outcome> & WizardViewProps;

/**
 * The same wizard as `MfaEnrollmentWizard`, for an adapter only (Amplify's from
 * `cognito-mfa-wizard/amplify`, or a host's own): it imports no AWS SDK, so a host that signs in
 * with Amplify downloads no second Cognito client. The adapter is read once: to enroll again, remount.
 */
export function EnrollmentWizard<Outcome>(props: EnrollmentWizardProps<Outcome>) {
  const { adapter } = props;
  const enrollment = useEnrollment(() => adapter, props);
  return <WizardView enrollment={enrollment} {...viewPropsOf(props)} />;
}
