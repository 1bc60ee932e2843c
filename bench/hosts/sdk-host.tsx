// A host app that already signs in with the AWS SDK's Cognito client. The bench builds it with and
// without the wizard: the difference is what the wizard adds to such a host.
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Mounts the host; `extra` renders beside its sign-in, given its client and the user's access token. */
export function mountSdkHost(extra?: (client: CognitoIdentityProviderClient, accessToken: string) => ReactNode) {
  const client = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  const root = createRoot(document.getElementById('root') ?? document.body);
  const render = (accessToken: string) =>
    root.render(
      <StrictMode>
        <form action={(form) => void signIn(form)}>
          <input name="username" aria-label="Username" />
          <input name="password" type="password" aria-label="Password" />
          <button type="submit">Sign in</button>
        </form>
        {accessToken ? extra?.(client, accessToken) : null}
      </StrictMode>,
    );
  const signIn = async (form: FormData) => {
    const { AuthenticationResult } = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: 'host-app-client',
        AuthParameters: { USERNAME: String(form.get('username')), PASSWORD: String(form.get('password')) },
      }),
    );
    render(AuthenticationResult?.AccessToken ?? '');
  };
  render('');
}
