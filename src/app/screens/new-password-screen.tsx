import { useEffect } from 'react';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '../config';
import { fill } from '../fill';
import type { PageMessages } from '../page-messages';
import { Alert } from './alert';
import { Field } from './field';
import { FormActions } from './form-actions';
import { usePageForm } from './use-page-form';

interface NewPasswordScreenProps {
  t: PageMessages;
  username: string;
  /** The pool's password rules (Cognito's default when the configuration gives none). */
  policy: PasswordPolicy | undefined;
  /** Why Cognito refused the last new password, or why the request failed. */
  error: string | undefined;
  /** The error is about the password itself (Cognito's password policy or history), not the request. */
  passwordRefused: boolean;
  busy: boolean;
  onSubmit: (password: string) => void;
  onCancel: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

interface NewPasswordValues {
  'new-password': string;
  'repeat-password': string;
}

/**
 * Cognito's NEW_PASSWORD_REQUIRED: users an administrator created choose their own password first.
 * The rules are said before anything is typed; each problem sits under the field it is about, which
 * takes focus, so that it is read out with that field.
 */
export function NewPasswordScreen({ t, username, policy, error, passwordRefused, busy, onSubmit, onCancel, headingRef }: NewPasswordScreenProps) {
  const { register, resetField, problemOf, onSubmit: submitted, region } = usePageForm<
    NewPasswordValues,
    'passwordEmpty' | 'passwordsDiffer'
  >((key) => t[key], busy);
  // A password Cognito refused is not offered again: its field is empty for the next one.
  useEffect(() => {
    if (passwordRefused) resetField('new-password');
  }, [error, passwordRefused, resetField]);
  // Cognito's refusal of the password belongs to the password field; other failures to the form.
  const passwordError = problemOf('new-password') ?? (passwordRefused ? error : undefined);
  return (
    <section aria-labelledby="new-password-heading">
      <h1 id="new-password-heading" tabIndex={-1} ref={headingRef}>
        {t.newPasswordHeading}
      </h1>
      <p>{fill(t.newPasswordIntro, { name: <strong>{username}</strong> })}</p>
      {error && !passwordRefused ? <Alert>{error}</Alert> : null}
      <form onSubmit={submitted((values) => onSubmit(values['new-password']))} noValidate aria-busy={busy}>
        {region}
        {/* For password managers: which account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Field
          // A new refusal is a new field: focus returns to it, and it reads the refusal out.
          key={passwordRefused ? error : 'new-password'}
          label={t.newPasswordLabel}
          {...register('new-password', { required: 'passwordEmpty' })}
          type="password"
          autoComplete="new-password"
          autoFocus={passwordRefused}
          hint={<PasswordRules t={t} policy={policy ?? DEFAULT_PASSWORD_POLICY} />}
          error={passwordError}
        />
        <Field
          label={t.repeatPasswordLabel}
          {...register('repeat-password', {
            // One problem at a time: an empty new password is the one to fix first.
            validate: (repeat, values) => !values['new-password'] || repeat === values['new-password'] || 'passwordsDiffer',
          })}
          type="password"
          autoComplete="new-password"
          error={problemOf('repeat-password')}
        />
        <FormActions label={t.continue} busy={busy} cancelLabel={t.cancel} onCancel={onCancel} />
      </form>
    </section>
  );
}

/** The pool's password rules, as a list under the field's label. */
function PasswordRules({ t, policy }: { t: PageMessages; policy: PasswordPolicy }) {
  const rules = [
    t.passwordRuleLength(policy.minimumLength),
    policy.requireLowercase && t.passwordRuleLower,
    policy.requireUppercase && t.passwordRuleUpper,
    policy.requireNumbers && t.passwordRuleNumber,
    policy.requireSymbols && t.passwordRuleSymbol,
  ].filter((rule): rule is string => typeof rule === 'string');
  return (
    <>
      {t.passwordRulesIntro}
      <ul className="password-rules">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </>
  );
}
