import { useMemo, useState } from 'react';
import { DoneStep } from './done-step';
import { FailedStep } from './failed-step';
import { LoadingStep } from './loading-step';
import { resolveMessages, type Messages } from './messages';
import { SetupStep } from './setup-step';
import { headingLevelOf, type HeadingLevel } from './step-heading';
import { screenOf, useFocusOnScreenChange } from './use-focus-on-screen-change';
import { useMfaEnrollment, type UseMfaEnrollmentOptions } from './use-mfa-enrollment';

/** What only the ready-made view needs on top of the hook's options. */
export interface WizardViewProps {
  /** The device name field's first value (FriendlyDeviceName). Default: empty, with `messages.deviceNamePlaceholder`. */
  defaultDeviceName?: string | undefined;
  /**
   * Any user-facing text to replace, key by key, or a whole language: `frMessages`, `deMessages`,
   * `esMessages` (English, `defaultMessages`, is the default). Its `lang` becomes the root's `lang`.
   */
  messages?: Partial<Messages> | undefined;
  /** Extra class names for the root element (which always has `mfa-wizard`). */
  className?: string | undefined;
  /**
   * The level of every step heading, for pages whose own headings put the wizard lower: 2 to 6,
   * default 2 (the page owns h1). Anything else renders 2.
   */
  headingLevel?: HeadingLevel | undefined;
  /**
   * Your page on what to do when the phone with the authenticator app is lost (Cognito has no backup
   * codes: someone with admin rights must reset the user's MFA). Linked from the done step.
   */
  helpUrl?: string | undefined;
}

/**
 * Props: one mode (`session` + `username` + `clientId`, or `accessToken`), one client source
 * (`client`, or `region` + optional `endpoint`), the behaviour of `useMfaEnrollment`, and the view's own.
 */
export type MfaEnrollmentWizardProps = UseMfaEnrollmentOptions & WizardViewProps;

/**
 * TOTP enrollment for a Cognito user: associate, scan or type the key, enter a code, verify, complete.
 * Unstyled unless `mfa-wizard.css` is imported; style by `.mfa-wizard[data-step]` and `--mfa-*` variables.
 */
export function MfaEnrollmentWizard({
  defaultDeviceName,
  messages,
  className,
  headingLevel,
  helpUrl,
  ...options
}: MfaEnrollmentWizardProps) {
  const enrollment = useMfaEnrollment(options);
  const text = useMemo(() => resolveMessages(messages), [messages]);
  const screen = screenOf(enrollment.step);
  const headingRef = useFocusOnScreenChange(screen);
  // Whether the code field holds a code not yet sent: if the session runs out then, the failed step says so.
  const [codeTyped, setCodeTyped] = useState(false);
  const step = { headingRef, headingLevel: headingLevelOf(headingLevel), messages: text, enrollment };

  return (
    <div
      className={className ? `mfa-wizard ${className}` : 'mfa-wizard'}
      lang={text.lang}
      data-step={enrollment.step}
      data-mode={enrollment.mode}
    >
      {screen === 'loading' && <LoadingStep {...step} />}
      {screen === 'setup' && <SetupStep {...step} defaultDeviceName={defaultDeviceName ?? ''} onCodeTyped={setCodeTyped} />}
      {screen === 'done' && <DoneStep {...step} helpUrl={helpUrl} />}
      {screen === 'failed' && <FailedStep {...step} codeTyped={codeTyped} />}
    </div>
  );
}
