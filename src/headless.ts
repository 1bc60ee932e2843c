/**
 * cognito-mfa-wizard/headless: the hook alone, for a view of your own, and the adapter seam it takes.
 * Loads neither qrcode.react nor the stylesheet (the hook gives the otpauth URI:
 * draw its QR code as you like).
 */
export { useMfaEnrollment } from './react/use-mfa-enrollment';
export type { AdapterInput, BuiltInOptions, UseMfaEnrollmentOptions } from './react/use-mfa-enrollment';
/** The hook for an adapter only (Amplify's, a host's own): it imports no AWS SDK. */
export { useEnrollment } from './react/use-enrollment';
export type {
  CodeSubmission,
  DoneScreen,
  EnrollmentBehaviour,
  FailedScreen,
  LoadingScreen,
  MfaEnrollment,
  SetupScreen,
} from './react/use-enrollment';
export { useFocusOnChange } from './react/use-focus-on-change';
export { defaultMessages } from './react/messages';
/** The wizard's texts in each language it ships; pass one as `messages` (English is the default). */
export { enMessages } from './react/locales/en';
export { frMessages } from './react/locales/fr';
export { deMessages } from './react/locales/de';
export { esMessages } from './react/locales/es';
export type { Messages } from './react/messages';
/** The seam: an adapter of your own (or Amplify's, from `cognito-mfa-wizard/amplify`) plugs in here. */
export { EnrollmentError, enrollmentErrorOf, keyFromCognito } from './core';
/** An adapter whose first association leaves now, for a host that renders the wizard next. */
export { associateAhead } from './core';
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
export * from './helpers';
