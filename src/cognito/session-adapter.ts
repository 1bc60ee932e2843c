import {
  AssociateSoftwareTokenCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  keyFromCognito,
  sessionDeadline,
  sessionValidityMinutes,
  unusableAnswer,
  type EnrollmentAdapter,
  type SessionSignal,
  type WizardOperation,
} from '../core';
import type { SessionModeInputs } from './adapter-options';
import { assertVerified, cognitoCaller } from './cognito-call';

/**
 * The MFA_SETUP flow on the sign-in session. The adapter owns the session chain: each call spends the
 * session it holds and keeps the one Cognito answers with (Associate → Verify → RespondToAuthChallenge),
 * and tells the wizard that a new session started (for its clock). An answer without its next session
 * is a failure whose outcome is unknown: the one sent is spent, and sending it again could only fail
 * later and less clearly.
 */
export function createSessionAdapter(client: CognitoIdentityProviderClient, inputs: SessionModeInputs): EnrollmentAdapter {
  const call = cognitoCaller(client, 'session');
  const validityMs = sessionDeadline(0, sessionValidityMinutes(inputs.sessionValidityMinutes));
  let session = inputs.session;
  const keep = (next: string | undefined, operation: WizardOperation): SessionSignal => {
    if (!next) throw unusableAnswer(operation, 'MissingSession');
    session = next;
    return { validityMs };
  };

  return {
    mode: 'session',
    // Verify registers the key for the MFA_SETUP sign-in; a new key would need a new sign-in.
    traits: { verifiedMeansEnrolled: true, canReplaceKey: false },
    session: { validityMs, issuedAt: inputs.sessionIssuedAt },
    async associate(context) {
      const output = await call('associate', new AssociateSoftwareTokenCommand({ Session: session }), context);
      const secret = keyFromCognito(output.SecretCode);
      return { secret, session: keep(output.Session, 'associate') };
    },
    async verify(code, deviceName, context) {
      const command = new VerifySoftwareTokenCommand({ Session: session, UserCode: code, FriendlyDeviceName: deviceName });
      const output = await call('verify', command, context);
      assertVerified(output);
      return { session: keep(output.Session, 'verify') };
    },
    async complete(context) {
      const command = new RespondToAuthChallengeCommand({
        ChallengeName: 'MFA_SETUP',
        ClientId: inputs.clientId,
        Session: session,
        ChallengeResponses: {
          USERNAME: inputs.username,
          ...(inputs.secretHash ? { SECRET_HASH: inputs.secretHash } : {}),
        },
      });
      const output = await call('complete', command, context);
      if (!output.AuthenticationResult) {
        // Another challenge instead of tokens: the wizard cannot answer it; signing in again can.
        throw unusableAnswer(
          'complete',
          output.ChallengeName ? `Unexpected${output.ChallengeName}Challenge` : 'MissingAuthenticationResult',
        );
      }
      return { mode: 'session', authenticationResult: output.AuthenticationResult };
    },
  };
}
