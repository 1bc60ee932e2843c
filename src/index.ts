/**
 * cognito-mfa-wizard: TOTP (authenticator app) enrollment for Amazon Cognito user pools.
 * Styles: import 'cognito-mfa-wizard/styles.css' (src/react/mfa-wizard.css); nothing is styled otherwise.
 */
export { MfaEnrollmentWizard } from './react/mfa-enrollment-wizard';
export type { MfaEnrollmentWizardProps, WizardViewProps } from './react/mfa-enrollment-wizard';
export { useMfaEnrollment } from './react/use-mfa-enrollment';
export type {
  AdapterInput,
  BuiltInOptions,
  CodeSubmission,
  DoneScreen,
  EnrollmentBehaviour,
  FailedScreen,
  LoadingScreen,
  MfaEnrollment,
  SetupScreen,
  UseMfaEnrollmentOptions,
} from './react/use-mfa-enrollment';
export { useFocusOnChange } from './react/use-focus-on-change';
export type { HeadingLevel } from './react/step-heading';
export { defaultMessages } from './react/messages';
/** The wizard's texts in each language it ships; pass one as `messages` (English is the default). */
export { enMessages } from './react/locales/en';
export { frMessages } from './react/locales/fr';
export { deMessages } from './react/locales/de';
export { esMessages } from './react/locales/es';
export type { Messages } from './react/messages';
export { buildOtpauthUri, groupSecret, normalizeCode, validateCode } from './core';
export type {
  AuthenticationResult,
  CodeProblem,
  CodeValidation,
  CompletionOutcome,
  Enrolled,
  EnrollmentMode,
  EnrollmentResult,
  ErrorRecovery,
  RestartDetails,
  RestartReason,
  WizardError,
  WizardErrorKind,
  WizardOperation,
  WizardStep,
} from './core';
/** The seam: an adapter of your own (or Amplify's, from `cognito-mfa-wizard/amplify`) plugs in here. */
export { EnrollmentError, enrollmentErrorOf, keyFromCognito } from './core';
export type {
  AdapterTraits,
  Association,
  CallContext,
  Credential,
  EnrollmentAdapter,
  ErrorFacts,
  SessionSignal,
  Verification,
} from './core';
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
export type { RequestOptions, SignIn, SignInErrorKind, SignInOptions, SignInStep } from './cognito';
