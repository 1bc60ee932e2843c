import { useState, type FormEvent } from 'react';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '../config';
import { fill } from '../fill';
import type { PageMessages } from '../page-messages';
import { Alert } from './alert';
import { Field } from './field';
import { FormActions } from './form-actions';

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

type Problem = { field: 'new-password' | 'repeat-password'; text: string };

/**
 * Cognito's NEW_PASSWORD_REQUIRED: users an administrator created choose their own password first.
 * The rules are said before anything is typed; each problem sits under the field it is about, which
 * takes focus, so that it is read out with that field.
 */
export function NewPasswordScreen({ t, username, policy, error, passwordRefused, busy, onSubmit, onCancel, headingRef }: NewPasswordScreenProps) {
  const [problem, setProblem] = useState<Problem>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = String(data.get('new-password') ?? '');
    const repeat = String(data.get('repeat-password') ?? '');
    const found: Problem | undefined = !password
      ? { field: 'new-password', text: t.passwordEmpty }
      : password !== repeat
        ? { field: 'repeat-password', text: t.passwordsDiffer }
        : undefined;
    setProblem(found);
    if (found) {
      const field = form.elements.namedItem(found.field);
      if (field instanceof HTMLElement) field.focus();
      return;
    }
    onSubmit(password);
  }

  // Cognito's refusal of the password belongs to the password field; other failures to the form.
  const passwordError = problem?.field === 'new-password' ? problem.text : passwordRefused ? error : undefined;
  return (
    <section aria-labelledby="new-password-heading">
      <h1 id="new-password-heading" tabIndex={-1} ref={headingRef}>
        {t.newPasswordHeading}
      </h1>
      <p>{fill(t.newPasswordIntro, { name: <strong>{username}</strong> })}</p>
      {error && !passwordRefused ? <Alert>{error}</Alert> : null}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {/* For password managers: which account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Field
          // A new refusal is a new field: focus returns to it, and it reads the refusal out.
          key={passwordRefused ? error : 'new-password'}
          label={t.newPasswordLabel}
          name="new-password"
          type="password"
          autoComplete="new-password"
          autoFocus={passwordRefused}
          hint={<PasswordRules t={t} policy={policy ?? DEFAULT_PASSWORD_POLICY} />}
          error={passwordError}
        />
        <Field
          label={t.repeatPasswordLabel}
          name="repeat-password"
          type="password"
          autoComplete="new-password"
          error={problem?.field === 'repeat-password' ? problem.text : undefined}
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
