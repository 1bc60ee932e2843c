import type { EnrollmentMode } from './enrollment-types';
import type { WizardErrorKind } from './error-kinds';

/** The facts about a failed request that decide its kind. */
export interface ErrorFacts {
  /** `err.name` (the JSON `__type` for Cognito errors). */
  name: string;
  message?: string | undefined;
  /** Whether any HTTP response came back; without one the request never reached Cognito (or its answer was lost). */
  hasResponse: boolean;
}

const kindByName: Readonly<Record<string, WizardErrorKind>> = {
  CodeMismatchException: 'code-mismatch',
  EnableSoftwareTokenMFAException: 'enable-mfa-failed',
  ExpiredCodeException: 'code-already-used',
  InvalidParameterException: 'invalid-parameter',
  ResourceNotFoundException: 'resource-not-found',
  InvalidUserPoolConfigurationException: 'invalid-pool-configuration',
  SoftwareTokenMFANotFoundException: 'mfa-not-enabled',
  TooManyRequestsException: 'too-many-requests',
  LimitExceededException: 'limit-exceeded',
  PasswordResetRequiredException: 'password-reset-required',
  UserNotFoundException: 'user-not-found',
  UserNotConfirmedException: 'user-not-confirmed',
  InternalErrorException: 'internal-error',
  ForbiddenException: 'forbidden',
};

// Names that fetch, the browser and the SDK's HTTP handlers give a request that got no answer.
const noResponseNames = new Set(['TypeError', 'NetworkError', 'TimeoutError', 'AbortError', 'RequestTimeout']);

/**
 * The kind of a failed Cognito request, decided by the error name. The message is read only for
 * NotAuthorizedException in session mode: Cognito tells an expired, a used and an invalid session
 * apart by nothing else.
 */
export function classifyError(facts: ErrorFacts, mode: EnrollmentMode): WizardErrorKind {
  if (facts.name === 'NotAuthorizedException') {
    return mode === 'accessToken' ? 'not-authorized' : classifySessionNotAuthorized(facts.message ?? '');
  }
  const known = Object.hasOwn(kindByName, facts.name) ? kindByName[facts.name] : undefined;
  if (known) return known;
  if (!facts.hasResponse && noResponseNames.has(facts.name)) return 'network';
  return 'unknown';
}

function classifySessionNotAuthorized(message: string): WizardErrorKind {
  if (/session is expired/i.test(message)) return 'session-expired';
  if (/can only be used once/i.test(message)) return 'session-used';
  return 'session-invalid';
}
