import type { WizardErrorKind } from './error-kinds';

/** The facts about a failed request that decide its kind, gathered by whichever adapter sent it. */
export interface ErrorFacts {
  /** The error's name: Cognito's `__type` for a Cognito answer, otherwise what the transport threw. */
  name: string;
  message?: string | undefined;
  /** Whether any HTTP response came back; without one the request never reached Cognito, or its answer was lost. */
  hasResponse: boolean;
  /** The answer's HTTP status, when one came. */
  status?: number | undefined;
  /** A system error code, as Node's sockets give one instead of a telling name (ECONNREFUSED, ECONNRESET…). */
  code?: string | undefined;
}

/** What a request carried, which decides how Cognito's NotAuthorizedException reads. */
export type Credential = 'session' | 'access-token';

const kindByName: Readonly<Record<string, WizardErrorKind>> = {
  CodeMismatchException: 'code-mismatch',
  EnableSoftwareTokenMFAException: 'enable-mfa-failed',
  ExpiredCodeException: 'code-already-used',
  InvalidParameterException: 'invalid-parameter',
  ResourceNotFoundException: 'resource-not-found',
  InvalidUserPoolConfigurationException: 'invalid-pool-configuration',
  SoftwareTokenMFANotFoundException: 'mfa-not-enabled',
  OperationNotEnabledException: 'operation-not-enabled',
  FeatureUnavailableInTierException: 'operation-not-enabled',
  UnsupportedOperationException: 'operation-not-enabled',
  MFAMethodNotFoundException: 'mfa-method-not-found',
  InvalidSmsRoleAccessPolicyException: 'sms-configuration',
  InvalidSmsRoleTrustRelationshipException: 'sms-configuration',
  InvalidEmailRoleAccessPolicyException: 'email-configuration',
  AliasExistsException: 'alias-exists',
  UserLambdaValidationException: 'lambda-validation',
  InvalidLambdaResponseException: 'lambda-invalid-response',
  UnexpectedLambdaException: 'lambda-unexpected',
  ConcurrentModificationException: 'concurrent-modification',
  TooManyRequestsException: 'too-many-requests',
  LimitExceededException: 'limit-exceeded',
  PasswordResetRequiredException: 'password-reset-required',
  UserNotFoundException: 'user-not-found',
  UserNotConfirmedException: 'user-not-confirmed',
  InternalErrorException: 'internal-error',
  ForbiddenException: 'forbidden',
};

// Names that fetch, the browser and the SDK's HTTP handlers give a request that got no answer.
const noResponseNames = new Set(['TypeError', 'NetworkError', 'AbortError']);
const timeoutNames = new Set(['TimeoutError', 'RequestTimeout']);
const socketErrorCode = /^E[A-Z_]+$/;

/**
 * The kind of a failed Cognito request, decided by the error name. The message is read only for
 * NotAuthorizedException on a session: Cognito tells an expired, a used and an invalid session apart
 * by nothing else.
 */
export function classifyError(facts: ErrorFacts, credential: Credential): WizardErrorKind {
  if (facts.name === 'NotAuthorizedException') {
    if (credential === 'access-token') return 'not-authorized';
    // Stryker disable next-line StringLiteral: a missing message matches neither pattern, whatever string stands in for it ('' or another).
    return classifySessionNotAuthorized(facts.message ?? '');
  }
  const known = Object.hasOwn(kindByName, facts.name) ? kindByName[facts.name] : undefined;
  if (known) return known;
  // A server error without a Cognito name: a proxy or load balancer in front of Cognito (502, 503, 504).
  if (facts.hasResponse && (facts.status ?? 0) >= 500) return 'internal-error';
  if (!facts.hasResponse && timeoutNames.has(facts.name)) return 'timeout';
  // Stryker disable next-line StringLiteral: a missing code is no socket error code, whatever string stands in for it ('' or another).
  const code = facts.code ?? '';
  if (!facts.hasResponse && (noResponseNames.has(facts.name) || socketErrorCode.test(code))) return 'network';
  return 'unknown';
}

/**
 * Whether a failed request may have done its work all the same: no answer came, the answer was a
 * server error (a 5xx from Cognito or a proxy in front of it), or a 2xx that could not be read.
 * Only a readable 4xx answer says for sure that Cognito did nothing.
 */
export function outcomeUnknownOf(facts: ErrorFacts): boolean {
  if (!facts.hasResponse) return true;
  const status = facts.status ?? 0;
  return status >= 500 || (status >= 200 && status < 300) || facts.name === 'SyntaxError';
}

function classifySessionNotAuthorized(message: string): WizardErrorKind {
  if (/session is expired/i.test(message)) return 'session-expired';
  if (/can only be used once/i.test(message)) return 'session-used';
  return 'session-invalid';
}
