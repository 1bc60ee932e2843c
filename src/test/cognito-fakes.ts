import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';

/** A base32 key like Cognito's (52 characters, as real pools return). */
export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPABCD';
export const OTHER_SECRET = 'KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZEBTGC23FEBSGC5DBABCD';
/** Sessions are opaque strings of 20 to 2048 characters. */
export const SESSION_FROM_CHALLENGE = 'session-from-challenge-0000000000';
export const SESSION_FROM_ASSOCIATE = 'session-from-associate-1111111111';
export const SESSION_FROM_VERIFY = 'session-from-verify-22222222222222';
export const TOKENS = {
  AccessToken: 'access.token.value',
  IdToken: 'id.token.value',
  RefreshToken: 'refresh-token-value',
  ExpiresIn: 3600,
  TokenType: 'Bearer',
};

/** A Cognito that answers the whole happy path of either mode. */
export function fakeCognito() {
  const cognito = mockClient(CognitoIdentityProviderClient);
  cognito.on(AssociateSoftwareTokenCommand).resolves({ SecretCode: SECRET, Session: SESSION_FROM_ASSOCIATE });
  cognito.on(VerifySoftwareTokenCommand).resolves({ Status: 'SUCCESS', Session: SESSION_FROM_VERIFY });
  cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS, ChallengeParameters: {} });
  cognito.on(SetUserMFAPreferenceCommand).resolves({});
  return cognito;
}

export type CognitoMock = ReturnType<typeof fakeCognito>;

/** An error as the SDK throws it for a Cognito error response. */
export function cognitoError(name: string, message = `${name} message`, httpStatusCode = 400) {
  return new CognitoIdentityProviderServiceException({
    name,
    message,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
  });
}

/** What fetch throws in a browser when the request gets no answer at all. */
export function networkFailure(): TypeError {
  return new TypeError('Failed to fetch');
}

export const commands = {
  associate: AssociateSoftwareTokenCommand,
  verify: VerifySoftwareTokenCommand,
  respond: RespondToAuthChallengeCommand,
  preference: SetUserMFAPreferenceCommand,
};
