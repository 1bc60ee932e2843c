import { Alert } from './alert';

interface SignedInScreenProps {
  username: string;
  /** undefined while the page asks Cognito. */
  hasAuthenticatorApp: boolean | undefined;
  notice: string | undefined;
  onSetUp: () => void;
  onSignOut: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

export function SignedInScreen({ username, hasAuthenticatorApp, notice, onSetUp, onSignOut, headingRef }: SignedInScreenProps) {
  const status =
    hasAuthenticatorApp === undefined ? 'Checking…' : hasAuthenticatorApp ? 'On' : 'Not set up';
  return (
    <section aria-labelledby="signed-in-heading">
      <h1 id="signed-in-heading" tabIndex={-1} ref={headingRef} aria-describedby={notice ? 'signed-in-notice' : undefined}>
        You're signed in
      </h1>
      {notice ? (
        <Alert tone="success" id="signed-in-notice">
          {notice}
        </Alert>
      ) : null}
      <p>
        Signed in as <strong>{username}</strong>.
      </p>
      <p className="status">
        Authenticator app: <strong data-state={hasAuthenticatorApp ? 'on' : 'off'}>{status}</strong>
      </p>
      <div className="actions">
        {hasAuthenticatorApp === false ? (
          <button type="button" className="primary" onClick={onSetUp}>
            Set up an authenticator app
          </button>
        ) : null}
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </section>
  );
}
