import { useState, type FormEvent } from 'react';
import { defaultMessages, validateCode, type CodeProblem } from 'cognito-mfa-wizard';
import { Alert } from './alert';
import { Field } from './field';
import { FormActions } from './form-actions';

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
      <p id="totp-instructions">
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
          // The field takes focus, not the heading: typing the code is all there is to do here.
          autoFocus
          alsoDescribedBy="totp-instructions"
          error={problem ? defaultMessages[`code:${problem}`] : undefined}
        />
        <FormActions label="Sign in" busyLabel="Checking…" busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
