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

export function SignedInScreen(props: SignedInScreenProps) {
  const status =
    props.hasAuthenticatorApp === undefined ? 'Checking…' : props.hasAuthenticatorApp ? 'On' : 'Not set up';
  return (
    <section aria-labelledby="signed-in-heading">
      <h1 id="signed-in-heading" tabIndex={-1} ref={props.headingRef}>
        You're signed in
      </h1>
      {props.notice ? <Alert tone="success">{props.notice}</Alert> : null}
      <p>
        Signed in as <strong>{props.username}</strong>.
      </p>
      <p className="status">
        Authenticator app: <strong data-state={props.hasAuthenticatorApp ? 'on' : 'off'}>{status}</strong>
      </p>
      <div className="actions">
        {props.hasAuthenticatorApp === false ? (
          <button type="button" className="primary" onClick={props.onSetUp}>
            Set up an authenticator app
          </button>
        ) : null}
        <button type="button" onClick={props.onSignOut}>
          Sign out
        </button>
      </div>
    </section>
  );
}
