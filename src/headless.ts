/**
 * cognito-mfa-wizard/headless: the hook alone, for a view of your own. Loads neither qrcode.react nor
 * react-hook-form nor the stylesheet (the hook gives the otpauth URI: draw its QR code as you like).
 */
export { useMfaEnrollment } from './react/use-mfa-enrollment';
export type {
  CodeSubmission,
  EnrollmentBehaviour,
  MfaEnrollment,
  UseMfaEnrollmentOptions,
} from './react/use-mfa-enrollment';
export { defaultMessages } from './react/messages';
export type { Messages } from './react/messages';
export * from './helpers';
