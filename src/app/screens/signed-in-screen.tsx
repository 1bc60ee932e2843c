import type { AppStatus } from '../page-reducer';
import { Alert } from './alert';

interface SignedInScreenProps {
  username: string;
  /** What Cognito said about the user's authenticator app; 'unknown' when it could not be asked. */
  app: AppStatus;
  notice: string | undefined;
  onSetUp: () => void;
  onCheckAgain: () => void;
  onSignOut: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

const statusText: Record<AppStatus, string> = {
  checking: 'Checking…',
  on: 'On',
  off: 'Not set up',
  unknown: "Couldn't check",
};

export function SignedInScreen({ username, app, notice, onSetUp, onCheckAgain, onSignOut, headingRef }: SignedInScreenProps) {
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
        Authenticator app: <strong data-state={app}>{statusText[app]}</strong>
      </p>
      {app === 'unknown' ? (
        <Alert id="app-status-problem">
          The sign-in service couldn't be reached to check your authenticator app. Check your connection, then try again.
        </Alert>
      ) : null}
      <div className="actions">
        {app === 'off' ? (
          <button type="button" className="primary" onClick={onSetUp}>
            Set up an authenticator app
          </button>
        ) : null}
        {app === 'unknown' ? (
          <button type="button" className="primary" onClick={onCheckAgain}>
            Try again
          </button>
        ) : null}
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </section>
  );
}
