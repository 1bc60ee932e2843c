// A host's own page around the wizard, the same in every web host fixture: its own sign-in form
// (the package's createSignIn), then the wizard in session mode (MFA_SETUP) or access-token mode,
// and a dark theme that is a class on <html>, as Tailwind's is.
import { useState } from 'react';
import { MfaEnrollmentWizard, createSignIn } from 'cognito-mfa-wizard';
import { SignInForm } from './sign-in-form.jsx';

export function HostApp({ config }) {
  const [pool, setPool] = useState('required');
  const [stage, setStage] = useState({ kind: 'form' });
  const [dark, setDark] = useState(false);

  async function signIn(username, password) {
    const clientId = config.clientIds[pool];
    try {
      // SRP (the default) names the pool in its hashes: the user pool's id goes with the app client's.
      const signer = createSignIn({ clientId, userPoolId: config.poolIds[pool], region: config.region, endpoint: config.endpoint });
      const step = await signer.signIn(username, password);
      setStage({ kind: step.kind, step, clientId, client: signer.client });
    } catch (error) {
      setStage({ kind: 'error', message: error.kind ?? String(error) });
    }
  }

  function toggleDark(event) {
    setDark(event.currentTarget.checked);
    document.documentElement.classList.toggle('dark', event.currentTarget.checked);
  }

  const common = {
    client: stage.client,
    issuer: 'Host fixture',
    colorScheme: dark ? 'dark' : 'light',
    onComplete: (result) => setStage({ kind: 'enrolled', mode: result.mode, signedIn: !!result.authenticationResult }),
  };

  return (
    <main>
      <h1>Host fixture</h1>
      <label>
        <input type="checkbox" checked={dark} onChange={toggleDark} /> Dark theme
      </label>
      {stage.kind === 'form' && (
        <SignInForm pool={pool} onPoolChange={setPool} onSubmit={signIn} />
      )}
      {stage.kind === 'mfa-setup' && (
        <MfaEnrollmentWizard
          {...common}
          session={stage.step.session}
          username={stage.step.username}
          clientId={stage.clientId}
          sessionIssuedAt={stage.step.issuedAt}
        />
      )}
      {stage.kind === 'signed-in' && <MfaEnrollmentWizard {...common} accessToken={stage.step.tokens.AccessToken} />}
      {stage.kind === 'software-token-mfa' && <p role="status">Cognito asks for a code from the authenticator app</p>}
      {stage.kind === 'enrolled' && (
        <p role="status">
          Enrolled in {stage.mode} mode{stage.signedIn ? ', signed in' : ''}
        </p>
      )}
      {stage.kind === 'error' && <p role="alert">Sign-in failed: {stage.message}</p>}
    </main>
  );
}
