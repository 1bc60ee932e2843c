export type {
  AuthenticationResult,
  CompletionOutcome,
  Enrolled,
  EnrollmentMode,
  EnrollmentResult,
  WizardStep,
} from './enrollment-types';
export type {
  AdapterTraits,
  Association,
  CallContext,
  EnrollmentAdapter,
  SessionSignal,
  Verification,
} from './enrollment-adapter';
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
export { classifyError, outcomeUnknownOf, type Credential, type ErrorFacts } from './classify-error';
export { EnrollmentError, enrollmentErrorOf, toWizardError } from './enrollment-error';
export {
  CODE_LENGTH,
  normalizeCode,
  validateCode,
  type CodeProblem,
  type CodeValidation,
  type OneTimeCode,
} from './one-time-code';
export { groupSecret, keyFromCognito, normalizeSecret, unusableAnswer } from './secret-key';
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
  errorOf,
  initialWizardState,
  isBusy,
  newKeyOffered,
  REFUSED_CODES_BEFORE_NEW_KEY,
  wizardReducer,
  type Enrollment,
  type RetryTarget,
  type SetupHistory,
  type WizardEffect,
  type WizardEvent,
  type WizardState,
} from './wizard-reducer';
export { DEFAULT_REQUEST_TIMEOUT_MS } from './request-deadline';
export { associateAhead } from './associate-ahead';
export {
  createEnrollmentStore,
  type EnrollmentSnapshot,
  type EnrollmentStore,
  type EnrollmentStoreOptions,
  type StoreCallbacks,
} from './enrollment-store';
