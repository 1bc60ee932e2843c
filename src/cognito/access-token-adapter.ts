import {
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { keyFromCognito, type EnrollmentAdapter } from '../core';
import type { AccessTokenModeInputs } from './adapter-options';
import { assertVerified, cognitoCaller } from './cognito-call';

/** A signed-in user: every call carries the access token; completion makes TOTP the preferred MFA. */
export function createAccessTokenAdapter(
  client: CognitoIdentityProviderClient,
  { accessToken }: AccessTokenModeInputs,
): EnrollmentAdapter {
  const call = cognitoCaller(client, 'access-token');
  return {
    mode: 'accessToken',
    // What the next sign-in asks for also depends on SetUserMFAPreference, and Cognito's documentation
    // does not say whether a verified key alone is enough. The token can always ask for another key.
    traits: { verifiedMeansEnrolled: 'unknown', canReplaceKey: true },
    async associate(context) {
      const output = await call('associate', new AssociateSoftwareTokenCommand({ AccessToken: accessToken }), context);
      return { secret: keyFromCognito(output.SecretCode) };
    },
    async verify(code, deviceName, context) {
      const command = new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: deviceName });
      assertVerified(await call('verify', command, context));
      return {};
    },
    async complete(context) {
      const command = new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      });
      await call('complete', command, context);
      return { mode: 'accessToken' };
    },
  };
}
