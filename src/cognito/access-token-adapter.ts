import {
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AccessTokenModeInputs, EnrollmentAdapter } from './enrollment-adapter';
import { assertVerified, callMapped, missingField } from './call-mapped';

/** A signed-in user: every call carries the access token; completion makes TOTP the preferred MFA. */
export function createAccessTokenAdapter(
  client: CognitoIdentityProviderClient,
  { accessToken }: AccessTokenModeInputs,
): EnrollmentAdapter {
  const call = callMapped('accessToken');
  return {
    mode: 'accessToken',
    async associate() {
      const command = new AssociateSoftwareTokenCommand({ AccessToken: accessToken });
      const output = await call('associate', () => client.send(command));
      if (!output.SecretCode) throw missingField('associate', 'SecretCode');
      return { secretCode: output.SecretCode };
    },
    async verify(code, deviceName) {
      const command = new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: deviceName });
      const output = await call('verify', () => client.send(command));
      assertVerified(output);
      return {};
    },
    async complete() {
      const command = new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      });
      await call('complete', () => client.send(command));
      return { mode: 'accessToken' };
    },
  };
}
