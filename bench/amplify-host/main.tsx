// The peer the benchmark compares with: AWS Amplify UI's <Authenticator>, set up as its docs show,
// pointed at the same Cognito as our page through the same build-time variables.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { signIn, type SignInInput, type SignInOutput } from 'aws-amplify/auth';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import { AMPLIFY_SIGN_IN_FLOW } from '../sign-in-flow.ts';

const env = import.meta.env;
Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: env.VITE_COGNITO_USER_POOL_ID,
      userPoolClientId: env.VITE_COGNITO_CLIENT_ID,
      userPoolEndpoint: env.VITE_COGNITO_ENDPOINT,
      loginWith: { username: true },
    },
  },
});

/**
 * Amplify's signIn told which flow to use (it uses SRP unless told otherwise; see ../sign-in-flow.ts).
 * Typed as Amplify's own signIn is, which also takes a server context first.
 */
function signInWithFlow(...args: [unknown, SignInInput] | [SignInInput]): Promise<SignInOutput> {
  const input = args.length === 2 ? args[1] : args[0];
  return signIn({ ...input, options: { ...input.options, authFlowType: AMPLIFY_SIGN_IN_FLOW } });
}
const services = AMPLIFY_SIGN_IN_FLOW === 'USER_SRP_AUTH' ? undefined : { handleSignIn: signInWithFlow };

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <main>
      <Authenticator
        hideSignUp
        services={services}
        formFields={{ setupTotp: { QR: { totpIssuer: env.VITE_MFA_ISSUER } } }}
      >
        {({ user, signOut }) => (
          <section>
            <h1>You're signed in</h1>
            <p>Signed in as {user?.username}.</p>
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </section>
        )}
      </Authenticator>
    </main>
  </StrictMode>,
);
