import { describe, expect, it } from 'vitest';
import { cognitoError, networkFailure } from '../test/cognito-fakes';
import { errorFactsOf, mapSdkError } from './map-sdk-error';

describe('errorFactsOf', () => {
  it.each<[string, unknown, ReturnType<typeof errorFactsOf>]>([
    [
      'a Cognito error response',
      cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
      { name: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.', hasResponse: true, status: 400 },
    ],
    [
      'a 500 from Cognito',
      cognitoError('InternalErrorException', 'boom', 500),
      { name: 'InternalErrorException', message: 'boom', hasResponse: true, status: 500 },
    ],
    ['a failed fetch in a browser', networkFailure(), { name: 'TypeError', message: 'Failed to fetch', hasResponse: false }],
    [
      'a Node socket error (its code kept for classification)',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9229'), { code: 'ECONNREFUSED' }),
      { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:9229', hasResponse: false, code: 'ECONNREFUSED' },
    ],
    [
      'an error with a code but with a response',
      Object.assign(cognitoError('LimitExceededException'), { code: 'ECONNRESET' }),
      { name: 'LimitExceededException', message: 'LimitExceededException message', hasResponse: true, status: 400, code: 'ECONNRESET' },
    ],
    [
      'an answer the SDK could not read, with the response but no metadata',
      Object.assign(new SyntaxError('Unexpected end of JSON input'), { $response: { statusCode: 200 } }),
      { name: 'SyntaxError', message: 'Unexpected end of JSON input', hasResponse: true },
    ],
    ['something that is not an Error', 'a string', { name: 'UnknownError', message: undefined, hasResponse: false }],
  ])('reads %s', (_case, reason, facts) => {
    expect(errorFactsOf(reason)).toEqual(facts);
  });
});

describe('mapSdkError', () => {
  it("classifies by the facts but reports the error's own name", () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(mapSdkError(socket, 'associate', 'session').error).toEqual({
      kind: 'network',
      operation: 'associate',
      name: 'Error',
      message: 'connect ECONNREFUSED',
      outcomeUnknown: true,
    });
  });
});
