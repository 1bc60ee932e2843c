/**
 * cognito-mfa-wizard/helpers: the pure helpers and the public types. No React, no AWS SDK: safe in a
 * React Server Component, a Node service or a test. (The package's main entry exports them too.)
 */
export { buildOtpauthUri, DEFAULT_REQUEST_TIMEOUT_MS, groupSecret, normalizeCode, validateCode } from './core';
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
