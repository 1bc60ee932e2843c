import { useState, type FormEvent } from 'react';
import { Alert } from './alert';
import { Field } from './field';
import { FormActions } from './form-actions';

interface NewPasswordScreenProps {
  username: string;
  error: string | undefined;
  busy: boolean;
  onSubmit: (password: string) => void;
  onCancel: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** Cognito's NEW_PASSWORD_REQUIRED: users an administrator created choose their own password first. */
export function NewPasswordScreen({ username, error, busy, onSubmit, onCancel, headingRef }: NewPasswordScreenProps) {
  const [problem, setProblem] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const password = String(data.get('new-password') ?? '');
    const repeat = String(data.get('repeat-password') ?? '');
    const issue = !password ? 'Choose a new password.' : password !== repeat ? "The two passwords don't match." : undefined;
    setProblem(issue);
    if (issue) return;
    onSubmit(password);
  }

  return (
    <section aria-labelledby="new-password-heading">
      <h1 id="new-password-heading" tabIndex={-1} ref={headingRef}>
        Choose a new password
      </h1>
      <p>
        <strong>{username}</strong>, your account was made with a temporary password. Choose your own to
        continue.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {/* For password managers: which account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Field label="New password" name="new-password" type="password" autoComplete="new-password" error={problem} />
        <Field label="Repeat the new password" name="repeat-password" type="password" autoComplete="new-password" />
        <FormActions label="Continue" busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
