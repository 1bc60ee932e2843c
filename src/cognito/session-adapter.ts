import {
  AssociateSoftwareTokenCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { EnrollmentError } from '../core';
import type { EnrollmentAdapter, SessionModeInputs } from './enrollment-adapter';
import { assertVerified, callMapped, missingField } from './call-mapped';

/**
 * The MFA_SETUP flow. Each call spends the session it is given and returns the next one, which the
 * wizard passes back in: Associate → Verify → RespondToAuthChallenge. An answer without its next
 * session is a failure: the one sent is spent, and sending it again could only fail later and less clearly.
 */
export function createSessionAdapter(client: CognitoIdentityProviderClient, inputs: SessionModeInputs): EnrollmentAdapter {
  const call = callMapped('session');
  return {
    mode: 'session',
    async associate() {
      const command = new AssociateSoftwareTokenCommand({ Session: inputs.session });
      const output = await call('associate', () => client.send(command));
      if (!output.SecretCode) throw missingField('associate', 'SecretCode');
      if (!output.Session) throw missingField('associate', 'Session');
      return { secretCode: output.SecretCode, session: output.Session };
    },
    async verify(code, deviceName, session) {
      const command = new VerifySoftwareTokenCommand({ Session: session, UserCode: code, FriendlyDeviceName: deviceName });
      const output = await call('verify', () => client.send(command));
      assertVerified(output);
      if (!output.Session) throw missingField('verify', 'Session');
      return { session: output.Session };
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
