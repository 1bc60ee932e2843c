import { useState, type FormEvent } from 'react';
import type { PoolConfig } from '../config';
import { fillText } from '../fill';
import type { PageMessages } from '../page-messages';
import { Alert } from './alert';
import { showProblem, useAnnouncer } from './announcer';
import { Field } from './field';

interface SignInScreenProps {
  t: PageMessages;
  pools: PoolConfig[];
  poolId: string;
  onPoolChange: (poolId: string) => void;
  /** Kept across a restart, so the user types only the password again. */
  initialUsername: string;
  notice: string | undefined;
  error: string | undefined;
  busy: boolean;
  /** Drawn into the page's HTML before any script: the fields take typing; Sign in waits for the script. */
  prerendered?: boolean | undefined;
  onSubmit: (username: string, password: string) => void;
  /** The user is in the form (focus, typing): time to get the sign-in ready, if it is not yet. */
  onActivity?: (() => void) | undefined;
  headingRef: React.Ref<HTMLHeadingElement>;
}

export function SignInScreen({
  t,
  pools,
  poolId,
  onPoolChange,
  initialUsername,
  notice,
  error,
  busy,
  prerendered = false,
  onSubmit,
  onActivity,
  headingRef,
}: SignInScreenProps) {
  // Which fields were empty at the last submit (their messages follow the language as it changes).
  const [missing, setMissing] = useState({ username: false, password: false });
  const { announce, region } = useAnnouncer();
  const pool = pools.find((p) => p.id === poolId) ?? pools[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const problems = { username: !username, password: !password };
    // Unchanged (both filled in, as at almost every Sign in): no render before the request leaves.
    setMissing((last) => (last.username === problems.username && last.password === problems.password ? last : problems));
    if (problems.username || problems.password) {
      const first = problems.username ? 'username' : 'password';
      showProblem(event.currentTarget.elements.namedItem(first), problems.username ? t.usernameMissing : t.passwordMissing, announce);
      return;
    }
    onSubmit(username, password);
  }

  return (
    <section aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" tabIndex={-1} ref={headingRef} aria-describedby={notice ? 'sign-in-notice' : undefined}>
        {t.signInHeading}
      </h1>
      {notice ? (
        <Alert tone="info" id="sign-in-notice">
          {notice}
        </Alert>
      ) : null}
      {/* Installing an app can take longer than the setup session lasts: say so before the clock starts. */}
      {pool?.mfa !== 'optional' ? (
        <p className="app-needed" id="app-needed">
          {fillText(t.appNeeded, { minutes: pool?.sessionValidityMinutes ?? 3 })}
        </p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {/* POST: were it ever sent without the script (the HTML's form, Sign in off), nothing would go in the address. */}
      <form method="post" onSubmit={submit} noValidate aria-busy={busy} onFocus={onActivity} onInput={onActivity}>
        {region}
        {pools.length > 1 ? (
          <fieldset className="pool-choice">
            <legend>{t.poolLegend}</legend>
            {pools.map((p) => (
              <label key={p.id}>
                <input
                  type="radio"
                  name="pool"
                  value={p.id}
                  checked={p.id === poolId}
                  onChange={() => onPoolChange(p.id)}
                />{' '}
                {p.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <Field
          label={t.usernameLabel}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={initialUsername}
          autoFocus={!initialUsername}
          error={missing.username ? t.usernameMissing : undefined}
        />
        <Field
          label={t.passwordLabel}
          name="password"
          type="password"
          autoComplete="current-password"
          autoFocus={!!initialUsername}
          // Back here to sign in again: the field that has focus also reads out why.
          alsoDescribedBy={notice ? 'sign-in-notice' : undefined}
          error={missing.password ? t.passwordMissing : undefined}
        />
        <button
          type="submit"
          className="primary"
          disabled={prerendered}
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
      {pool?.demoUsers ? (
        <p className="demo-users">
          {t.demoUsers}{' '}
          {pool.demoUsers.map((u, i) => (
            <span key={u.username}>
              {i > 0 ? ', ' : ''}
              <code>{u.username}</code>
            </span>
          ))}{' '}
          ({t.demoPassword} <code>{pool.demoUsers[0]?.password}</code>).
        </p>
      ) : null}
    </section>
  );
}
