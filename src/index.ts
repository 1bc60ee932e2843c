/**
 * cognito-mfa-wizard: TOTP (authenticator app) enrollment for Amazon Cognito user pools.
 * Styles: import 'cognito-mfa-wizard/styles.css' (src/react/mfa-wizard.css); nothing is styled otherwise.
 * This file has no 'use client': the React modules it re-exports have it, so that a React Server
 * Component can import the pure helpers from here too.
 */
export * from './headless';
export { MfaEnrollmentWizard } from './react/mfa-enrollment-wizard';
export type { MfaEnrollmentWizardProps } from './react/mfa-enrollment-wizard';
/** The wizard for an adapter only (Amplify's, a host's own): it imports no AWS SDK. */
export { EnrollmentWizard } from './react/enrollment-wizard';
export type { EnrollmentWizardProps } from './react/enrollment-wizard';
export type { ColorScheme, WizardViewProps } from './react/wizard-view';
export type { MoveFocus } from './react/focus-policy';
export type { HeadingLevel } from './react/step-heading';
export { createEnrollmentAdapter } from './cognito';
export type {
  AccessTokenModeInputs,
  ClientSource,
  EnrollmentAdapterOptions,
  ModeInputs,
  SessionModeInputs,
} from './cognito';
/** A password sign-in and its challenges, for hosts (and the enrollment page) without a sign-in of their own. */
export { createSignIn, SignInError } from './cognito';
export type { AuthFlow, RequestOptions, SignIn, SignInErrorKind, SignInOptions, SignInStep } from './cognito';
