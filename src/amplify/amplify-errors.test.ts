import { describe, expect, it } from 'vitest';
import { amplifyErrorFacts, mapAmplifyError } from './amplify-errors';

/** A Cognito error as Amplify's service clients throw it (its parser names it from `__type`). */
const serviceError = (name: string, status: number, message = `${name} (test)`) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, requestId: 'r' } });
/** Amplify's own error for a request that got no answer. */
const networkError = () => Object.assign(new Error('A network error has occurred.'), { name: 'NetworkError' });

describe('amplifyErrorFacts', () => {
  it.each([
    ['a Cognito error', serviceError('CodeMismatchException', 400), { name: 'CodeMismatchException', hasResponse: true, status: 400 }],
    ['a 500', serviceError('InternalErrorException', 500), { name: 'InternalErrorException', hasResponse: true, status: 500 }],
    [
      'an AuthError with metadata',
      Object.assign(new Error('x'), { name: 'LimitExceededException', metadata: { httpStatusCode: 400 } }),
      { name: 'LimitExceededException', hasResponse: true, status: 400 },
    ],
    ['no answer', networkError(), { name: 'NetworkError', hasResponse: false }],
    ['not an error', 'a string', { name: 'UnknownError', hasResponse: false }],
  ])('reads %s', (_case, reason, facts) => {
    expect(amplifyErrorFacts(reason)).toMatchObject(facts);
  });
});

describe('mapAmplifyError', () => {
  it.each([
    ['a wrong code at setup', serviceError('EnableSoftwareTokenMFAException', 400), 'session', 'enable-mfa-failed', undefined],
    ['an expired sign-in', serviceError('NotAuthorizedException', 400, 'Invalid session for the user, session is expired.'), 'session', 'session-expired', undefined],
    ['an expired token', serviceError('NotAuthorizedException', 400, 'Access Token has expired'), 'access-token', 'not-authorized', undefined],
    ['no answer', networkError(), 'session', 'network', true],
    ['a 500', serviceError('InternalErrorException', 500), 'session', 'internal-error', true],
    ["Amplify's lost sign-in state", Object.assign(new Error('An error occurred during the sign in process.'), { name: 'SignInException' }), 'session', 'session-invalid', undefined],
    ['no signed-in user', Object.assign(new Error('User needs to be authenticated'), { name: 'UserUnAuthenticatedException' }), 'access-token', 'not-authorized', undefined],
  ] as const)('sorts %s as the SDK adapters do (%s → %s)', (_case, reason, credential, kind, outcomeUnknown) => {
    const { error } = mapAmplifyError(reason, 'verify', credential);
    expect(error.kind).toBe(kind);
    expect(error.outcomeUnknown).toBe(outcomeUnknown);
  });
});
