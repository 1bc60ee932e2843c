import { enrollmentErrorOf, EnrollmentError, type Credential, type ErrorFacts, type WizardOperation } from '../core';

/**
 * The facts about an error Amplify threw: Cognito's error name as Amplify passes it on, and the HTTP
 * status of the answer when one came (Amplify keeps it in `$metadata` or `metadata`). Amplify's own
 * NetworkError means no answer came.
 */
export function amplifyErrorFacts(reason: unknown): ErrorFacts {
  const error = typeof reason === 'object' && reason !== null ? (reason as Record<string, unknown>) : {};
  const status = statusOf(error.$metadata) ?? statusOf(error.metadata);
  return {
    name: typeof error.name === 'string' ? error.name : 'UnknownError',
    message: typeof error.message === 'string' ? error.message : undefined,
    hasResponse: status !== undefined,
    ...(status === undefined ? {} : { status }),
  };
}

/**
 * Amplify's own refusals, before anything is sent: it no longer holds the sign-in it was asked to
 * continue (SignInException: its stored sign-in state is gone or expired), or it holds no signed-in
 * user (UserUnAuthenticatedException). Only a new sign-in helps, and nothing was registered.
 */
const refusedBeforeSending: Readonly<Record<string, 'session-invalid' | 'not-authorized'>> = {
  SignInException: 'session-invalid',
  UserUnAuthenticatedException: 'not-authorized',
};

/** An Amplify rejection as the wizard's EnrollmentError. */
export function mapAmplifyError(reason: unknown, operation: WizardOperation, credential: Credential): EnrollmentError {
  const facts = amplifyErrorFacts(reason);
  const refused = Object.hasOwn(refusedBeforeSending, facts.name) ? refusedBeforeSending[facts.name] : undefined;
  if (refused) return new EnrollmentError({ kind: refused, operation, name: facts.name, message: facts.message });
  return enrollmentErrorOf(facts, operation, credential);
}

function statusOf(metadata: unknown): number | undefined {
  if (typeof metadata !== 'object' || metadata === null || !('httpStatusCode' in metadata)) return undefined;
  const status = (metadata as { httpStatusCode?: unknown }).httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}
