import { useState, type FormEvent } from 'react';
import { validateCode, type CodeProblem } from 'cognito-mfa-wizard';
import { Alert } from './alert';
import { Field } from './field';

const problemText: Record<CodeProblem, string> = {
  empty: 'Enter the 6-digit code from your authenticator app.',
  'too-short': 'The code is too short: it has 6 digits.',
  'too-long': 'The code is too long: it has 6 digits.',
  'not-digits': 'The code has only digits, 0 to 9.',
};

interface TotpScreenProps {
  username: string;
  deviceName: string | undefined;
  error: string | undefined;
  busy: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** The sign-in step for a user who has an authenticator app (SOFTWARE_TOKEN_MFA). */
export function TotpScreen({ username, deviceName, error, busy, onSubmit, onCancel, headingRef }: TotpScreenProps) {
  const [problem, setProblem] = useState<CodeProblem>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const field = event.currentTarget.elements.namedItem('code') as HTMLInputElement;
    const result = validateCode(field.value);
    if (!result.ok) {
      setProblem(result.problem);
      field.focus();
      return;
    }
    setProblem(undefined);
    onSubmit(result.code);
  }

  return (
    <section aria-labelledby="totp-heading">
      <h1 id="totp-heading" tabIndex={-1} ref={headingRef}>
        Enter your code
      </h1>
      <p>
        Open {deviceName ? <strong>{deviceName}</strong> : 'your authenticator app'} and enter the
        6-digit code it shows for <strong>{username}</strong>.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          key={error}
          label="6-digit code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          error={problem ? problemText[problem] : undefined}
        />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy || undefined}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
