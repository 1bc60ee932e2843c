// A host that signs in with Amplify v6 (its default flow, SRP) and enrolls an authenticator app
// through the wizard's Amplify adapters: at the sign-in step CONTINUE_SIGN_IN_WITH_TOTP_SETUP, and
// for a signed-in user. It uses EnrollmentWizard, which brings no second Cognito client.
import { fetchMFAPreference, signIn, signOut } from 'aws-amplify/auth';
import { useState } from 'react';
import { EnrollmentWizard } from 'cognito-mfa-wizard';
import { amplifySignedInAdapter, amplifyTotpSetupAdapter } from 'cognito-mfa-wizard/amplify';
import { SignInForm } from './sign-in-form.jsx';

export function AmplifyHost({ configure }) {
  const [pool, setPool] = useState('required');
  const [stage, setStage] = useState({ kind: 'form' });

  async function submit(username, password) {
    configure(pool);
    try {
      const { nextStep } = await signIn({ username, password });
      if (nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') {
        setStage({ kind: 'totp-setup', username, adapter: amplifyTotpSetupAdapter(nextStep, { sessionIssuedAt: Date.now() }) });
      } else {
        setStage({ kind: 'signed-in', username, step: nextStep.signInStep });
      }
    } catch (error) {
      setStage({ kind: 'error', message: error.name ?? String(error) });
    }
  }

  async function enrolled() {
    const preference = await fetchMFAPreference();
    setStage({ kind: 'enrolled', preferred: preference.preferred ?? 'none' });
  }

  return (
    <main>
      <h1>Amplify host</h1>
      {stage.kind === 'form' && (
        <SignInForm pool={pool} onPoolChange={setPool} onSubmit={submit} />
      )}
      {stage.kind === 'totp-setup' && (
        <EnrollmentWizard
          adapter={stage.adapter}
          issuer="Amplify host"
          accountName={stage.username}
          onComplete={(result) => setStage({ kind: 'signed-in', username: stage.username, step: result.nextStep.signInStep })}
        />
      )}
      {stage.kind === 'signed-in' && (
        <>
          <p role="status">Amplify sign-in step: {stage.step}</p>
          {stage.step === 'DONE' && (
            <button type="button" onClick={() => setStage({ kind: 'add-app', username: stage.username, adapter: amplifySignedInAdapter() })}>
              Add an authenticator app
            </button>
          )}
          <button type="button" onClick={() => signOut().then(() => setStage({ kind: 'form' }))}>
            Sign out
          </button>
        </>
      )}
      {stage.kind === 'add-app' && (
        <EnrollmentWizard adapter={stage.adapter} issuer="Amplify host" accountName={stage.username} onComplete={() => void enrolled()} />
      )}
      {stage.kind === 'enrolled' && (
        <>
          <p role="status">Preferred MFA: {stage.preferred}</p>
          <button type="button" onClick={() => signOut().then(() => setStage({ kind: 'form' }))}>
            Sign out
          </button>
        </>
      )}
      {stage.kind === 'error' && <p role="alert">Sign-in failed: {stage.message}</p>}
    </main>
  );
}
