import { useEffect } from 'react';
import { validateCode, type CodeProblem, type Messages } from 'cognito-mfa-wizard';
import { fill } from '../fill';
import type { PageMessages } from '../page-messages';
import { Alert } from './alert';
import { Field } from './field';
import { FormActions } from './form-actions';
import { usePageForm } from './use-page-form';

interface TotpScreenProps {
  t: PageMessages;
  /** The wizard's texts, for what a code field says. */
  w: Messages;
  /** The names the authenticator app lists the account under: the issuer and the account. */
  issuer: string;
  username: string;
  deviceName: string | undefined;
  error: string | undefined;
  busy: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** The sign-in step for a user who has an authenticator app (SOFTWARE_TOKEN_MFA). */
export function TotpScreen({ t, w, issuer, username, deviceName, error, busy, onSubmit, onCancel, headingRef }: TotpScreenProps) {
  const { register, resetField, problemOf, onSubmit: submitted, region } = usePageForm<{ code: string }, `code:${CodeProblem}`>(
    (key) => w[key],
    busy,
  );
  // A code Cognito refused is not offered again: the field is empty for the next one.
  useEffect(() => {
    if (error) resetField('code');
  }, [error, resetField]);

  return (
    <section aria-labelledby="totp-heading">
      <h1 id="totp-heading" tabIndex={-1} ref={headingRef}>
        {t.totpHeading}
      </h1>
      {/* What the app lists (issuer and account), not the device name, which the user may have left empty. */}
      <p id="totp-instructions">
        {fill(t.totpInstructions, { issuer: <strong>{issuer}</strong>, account: <strong>{username}</strong> })}
        {deviceName ? <> {fill(t.totpDevice, { device: deviceName })}</> : null}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <form onSubmit={submitted(({ code }) => onSubmit(code))} noValidate aria-busy={busy}>
        {region}
        <Field
          key={error}
          label={w.codeLabel}
          {...register('code', {
            // The 6-digit rule. A valid code is taken as Cognito wants it ("123 456" → "123456").
            setValueAs: (typed: string) => {
              const result = validateCode(typed);
              return result.ok ? result.code : typed;
            },
            validate: (code: string) => {
              const result = validateCode(code);
              return result.ok || `code:${result.problem}`;
            },
          })}
          inputMode="numeric"
          autoComplete="one-time-code"
          // The field takes focus, not the heading: typing the code is all there is to do here.
          autoFocus
          alsoDescribedBy="totp-instructions"
          error={problemOf('code')}
        />
        <FormActions label={t.signIn} busyLabel={t.checking} cancelLabel={t.cancel} busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
