// A host that signs in with Amplify v6 (its default flow, SRP) and enrolls an authenticator app
// through the wizard's Amplify adapters: at the sign-in step CONTINUE_SIGN_IN_WITH_TOTP_SETUP, and
// for a signed-in user. It uses EnrollmentWizard, which brings no second Cognito client.
import { fetchMFAPreference, signIn, signOut } from 'aws-amplify/auth';
import { useState } from 'react';
import { EnrollmentWizard } from 'cognito-mfa-wizard';
import { amplifySignedInAdapter, amplifyTotpSetupAdapter } from 'cognito-mfa-wizard/amplify';

export function AmplifyHost({ configure }) {
  const [pool, setPool] = useState('required');
  const [stage, setStage] = useState({ kind: 'form' });

  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    configure(pool);
    const username = String(form.get('username'));
    try {
      const { nextStep } = await signIn({ username, password: String(form.get('password')) });
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
        <form onSubmit={submit}>
          <fieldset>
            <legend>Pool</legend>
            {['required', 'optional'].map((name) => (
              <label key={name}>
                <input type="radio" name="pool" checked={pool === name} onChange={() => setPool(name)} /> MFA {name}
              </label>
            ))}
          </fieldset>
          <label>
            Username <input name="username" autoComplete="username" />
          </label>
          <label>
            Password <input name="password" type="password" autoComplete="current-password" />
          </label>
          <button type="submit">Sign in</button>
        </form>
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
