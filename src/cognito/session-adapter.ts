import {
  AssociateSoftwareTokenCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { EnrollmentError } from '../core';
import type { EnrollmentAdapter, SessionModeInputs } from './enrollment-adapter';
import { callMapped, missingField, verifiedSession } from './call-mapped';

/**
 * The MFA_SETUP flow. Each call spends the session it is given and returns the next one, which the
 * wizard passes back in: Associate → Verify → RespondToAuthChallenge.
 */
export function createSessionAdapter(client: CognitoIdentityProviderClient, inputs: SessionModeInputs): EnrollmentAdapter {
  const call = callMapped('session');
  return {
    mode: 'session',
    async associate() {
      const command = new AssociateSoftwareTokenCommand({ Session: inputs.session });
      const output = await call('associate', () => client.send(command));
      if (!output.SecretCode) throw missingField('associate', 'SecretCode');
      return { secretCode: output.SecretCode, session: output.Session ?? inputs.session };
    },
    async verify(code, deviceName, session) {
      const command = new VerifySoftwareTokenCommand({ Session: session, UserCode: code, FriendlyDeviceName: deviceName });
      const output = await call('verify', () => client.send(command));
      return { session: verifiedSession(output, session) };
    },
    async complete(session) {
      const command = new RespondToAuthChallengeCommand({
        ChallengeName: 'MFA_SETUP',
        ClientId: inputs.clientId,
        Session: session,
        ChallengeResponses: {
          USERNAME: inputs.username,
          ...(inputs.secretHash ? { SECRET_HASH: inputs.secretHash } : {}),
        },
      });
      const output = await call('complete', () => client.send(command));
      if (!output.AuthenticationResult) {
        // Another challenge instead of tokens: the wizard cannot answer it; signing in again can.
        throw new EnrollmentError({
          kind: 'unknown',
          operation: 'complete',
          name: output.ChallengeName ? `Unexpected${output.ChallengeName}Challenge` : 'MissingAuthenticationResult',
        });
      }
      return { mode: 'session', authenticationResult: output.AuthenticationResult };
    },
  };
}
