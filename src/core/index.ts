export type {
  AuthenticationResult,
  CompletionOutcome,
  Enrolled,
  EnrollmentMode,
  EnrollmentResult,
  WizardStep,
} from './enrollment-types';
export {
  recoveryOf,
  restartReasonOf,
  wizardErrorKinds,
  type ErrorRecovery,
  type RestartDetails,
  type RestartReason,
  type WizardError,
  type WizardErrorKind,
  type WizardOperation,
} from './error-kinds';
export { classifyError, type ErrorFacts } from './classify-error';
export { EnrollmentError, toWizardError } from './enrollment-error';
export { CODE_LENGTH, normalizeCode, validateCode, type CodeProblem, type CodeValidation } from './one-time-code';
export { groupSecret, normalizeSecret } from './secret-key';
export { buildOtpauthUri, labelPart, type OtpauthUriInput } from './otpauth-uri';
export { qrSegments } from './qr-segments';
export {
  DEFAULT_SESSION_VALIDITY_MINUTES,
  SESSION_WARNING_MS,
  formatClock,
  isRunningOut,
  sessionDeadline,
  sessionValidityMinutes,
  timeLeft,
} from './session-clock';
export { usernameFromAccessToken } from './access-token';
export {
  effectOf,
  enrolledOf,
  initialWizardState,
  outcomeUnknown,
  wizardReducer,
  type Enrollment,
  type RetryTarget,
  type VerifyHistory,
  type WizardEffect,
  type WizardEvent,
  type WizardState,
} from './wizard-reducer';
