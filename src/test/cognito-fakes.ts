import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach } from 'vitest';

/** A base32 key like Cognito's: 52 characters (32 bytes; the last character carries only zero bits). */
export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPABCQ';
export const OTHER_SECRET = 'KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZEBTGC23FEBSGC5DBABCQ';
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

const happyAnswers = {
  associate: { SecretCode: SECRET, Session: SESSION_FROM_ASSOCIATE },
  verify: { Status: 'SUCCESS', Session: SESSION_FROM_VERIFY },
  respond: { AuthenticationResult: TOKENS, ChallengeParameters: {} },
  preference: {},
} as const;

/**
 * Fakes Cognito for every CognitoIdentityProviderClient in this test file (the host's and the one the
 * wizard makes). Before each test it forgets all calls and answers the whole happy path of either mode.
 */
export function installFakeCognito() {
  const cognito = mockClient(CognitoIdentityProviderClient);
  beforeEach(() => {
    cognito.reset();
    cognito.on(AssociateSoftwareTokenCommand).resolves(happyAnswers.associate);
    cognito.on(VerifySoftwareTokenCommand).resolves(happyAnswers.verify);
    cognito.on(RespondToAuthChallengeCommand).resolves(happyAnswers.respond);
    cognito.on(SetUserMFAPreferenceCommand).resolves(happyAnswers.preference);
  });
  afterAll(() => cognito.restore());
  return cognito;
}

/**
 * The next call of one command fails, later ones answer as on the happy path. (A new `on()` replaces
 * the command's earlier behaviour in aws-sdk-client-mock, so the happy answer is chained again.)
 */
export function failOnce(cognito: CognitoMock, command: keyof typeof commands, error: unknown): void {
  const thrown = error instanceof Error ? error : new Error(String(error));
  switch (command) {
    case 'associate':
      cognito.on(AssociateSoftwareTokenCommand).rejectsOnce(thrown).resolves(happyAnswers.associate);
      return;
    case 'verify':
      cognito.on(VerifySoftwareTokenCommand).rejectsOnce(thrown).resolves(happyAnswers.verify);
      return;
    case 'respond':
      cognito.on(RespondToAuthChallengeCommand).rejectsOnce(thrown).resolves(happyAnswers.respond);
      return;
    case 'preference':
      cognito.on(SetUserMFAPreferenceCommand).rejectsOnce(thrown).resolves(happyAnswers.preference);
      return;
  }
}

export type CognitoMock = ReturnType<typeof installFakeCognito>;

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

/** How many times the wizard sent one kind of command. */
export function countCalls(cognito: CognitoMock, command: keyof typeof commands): number {
  switch (command) {
    case 'associate':
      return cognito.commandCalls(AssociateSoftwareTokenCommand).length;
    case 'verify':
      return cognito.commandCalls(VerifySoftwareTokenCommand).length;
    case 'respond':
      return cognito.commandCalls(RespondToAuthChallengeCommand).length;
    case 'preference':
      return cognito.commandCalls(SetUserMFAPreferenceCommand).length;
  }
}
