import { useRef, useState } from 'react';
import type { Messages } from 'cognito-mfa-wizard';
import { fill } from '../fill';
import type { AppStatus } from '../page-reducer';
import type { PageMessages } from '../page-messages';
import { Alert } from './alert';
import { Confirm } from './confirm';

interface SignedInScreenProps {
  t: PageMessages;
  w: Messages;
  username: string;
  /** What Cognito said about the user's authenticator app; 'unknown' when it could not be asked. */
  app: AppStatus;
  /** The pool lets users turn MFA off (its MFA is optional). */
  canTurnOff: boolean;
  /** The operator's page on what to do when the phone is lost. */
  helpUrl: string | undefined;
  notice: string | undefined;
  /** Why turning the app off failed. */
  error: string | undefined;
  busy: boolean;
  onSetUp: () => void;
  onReplace: () => void;
  onTurnOff: () => void;
  onCheckAgain: () => void;
  onSignOut: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

type Question = 'replace' | 'turn-off';

export function SignedInScreen(props: SignedInScreenProps) {
  const { t, w, username, app, canTurnOff, helpUrl, notice, error, busy, headingRef } = props;
  const statusText: Record<AppStatus, string> = { checking: t.appChecking, on: t.appOn, off: t.appOff, unknown: t.appUnknown };
  const [asking, setAsking] = useState<Question>();
  const buttons = useRef<Partial<Record<Question, HTMLButtonElement | null>>>({});
  // Back from a question: focus returns to the button that asked it.
  const keep = (question: Question) => {
    setAsking(undefined);
    requestAnimationFrame(() => buttons.current[question]?.focus());
  };
  return (
    <section aria-labelledby="signed-in-heading">
      <h1 id="signed-in-heading" tabIndex={-1} ref={headingRef} aria-describedby={notice ? 'signed-in-notice' : undefined}>
        {t.signedInHeading}
      </h1>
      {notice ? (
        <Alert tone="success" id="signed-in-notice">
          {notice}
        </Alert>
      ) : null}
      <p>{fill(t.signedInAs, { name: <strong>{username}</strong> })}</p>
      <p className="status">
        {t.appStatusLabel} <strong data-state={app}>{statusText[app]}</strong>
      </p>
      {app === 'on' ? (
        // Cognito has no backup codes: say so where the user manages the app, with the operator's help.
        <p className="no-backup-codes">
          {w.noBackupCodes}
          {helpUrl ? (
            <>
              {' '}
              {/* A new tab: the sign-in lives in this tab's memory only, and leaving it ends it. */}
              <a href={helpUrl} target="_blank" rel="noopener noreferrer">
                {w.lostPhoneHelp} {w.opensInNewTab}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {app === 'unknown' ? <Alert id="app-status-problem">{t.appCheckFailed}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      {asking === 'replace' ? (
        <Confirm
          question={t.replaceQuestion}
          effect={t.replaceEffect}
          confirmLabel={t.replaceApp}
          keepLabel={t.keepApp}
          onConfirm={props.onReplace}
          onKeep={() => keep('replace')}
        />
      ) : null}
      {asking === 'turn-off' ? (
        <Confirm
          question={t.turnOffQuestion}
          effect={t.turnOffEffect}
          confirmLabel={t.turnOffApp}
          keepLabel={t.keepApp}
          onConfirm={() => {
            props.onTurnOff();
            // On the busy button until Cognito answers; then the heading reads out what happened.
            keep('turn-off');
          }}
          onKeep={() => keep('turn-off')}
        />
      ) : null}
      <div className="actions">
        {app === 'off' ? (
          <button type="button" className="primary" onClick={props.onSetUp}>
            {t.setUpApp}
          </button>
        ) : null}
        {app === 'on' && !asking ? (
          <>
            <button type="button" ref={(el) => void (buttons.current.replace = el)} onClick={() => setAsking('replace')}>
              {t.replaceApp}
            </button>
            {canTurnOff ? (
              <button
                type="button"
                ref={(el) => void (buttons.current['turn-off'] = el)}
                aria-disabled={busy || undefined}
                aria-busy={busy || undefined}
                onClick={() => !busy && setAsking('turn-off')}
              >
                {busy ? t.turningOff : t.turnOffApp}
              </button>
            ) : null}
          </>
        ) : null}
        {app === 'unknown' ? (
          <button type="button" className="primary" onClick={props.onCheckAgain}>
            {t.tryAgain}
          </button>
        ) : null}
        <button type="button" onClick={props.onSignOut}>
          {t.signOut}
        </button>
      </div>
    </section>
  );
}
