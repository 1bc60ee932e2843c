import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type CognitoIdentityProviderClient,
  type InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { startSrp } from '../../src/cognito/srp.ts';
import type { DemoUser } from '../local-cognito/seed.ts';

/**
 * USER_SRP_AUTH over the AWS SDK with the page's SRP module: the PASSWORD_VERIFIER
 * challenge, then its answer, SECRET_HASH on both when the app client has a secret.
 */
export async function srpSignIn(
  client: CognitoIdentityProviderClient,
  app: { clientId: string; userPoolId: string; secretHash?: (username: string) => string },
  user: DemoUser,
): Promise<{ verifier: InitiateAuthResponse; answer: InitiateAuthResponse }> {
  const srp = await startSrp(user.password, app.userPoolId);
  const hash = (name: string): Record<string, string> => (app.secretHash ? { SECRET_HASH: app.secretHash(name) } : {});
  const verifier = await client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: app.clientId,
      AuthParameters: { USERNAME: user.username, SRP_A: srp.srpA, ...hash(user.username) },
    }),
  );
  const responses = srp.answer(verifier.ChallengeParameters ?? {});
  const answer = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: app.clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeResponses: { ...responses, ...hash(responses.USERNAME) },
      ...(verifier.Session ? { Session: verifier.Session } : {}),
    }),
  );
  return { verifier, answer };
}
