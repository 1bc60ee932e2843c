'use client';

import { useMemo } from 'react';
import { DoneStep } from './done-step';
import { FailedStep } from './failed-step';
import { FocusPolicyProvider, useFocusPolicy, type MoveFocus } from './focus-policy';
import { LoadingStep } from './loading-step';
import { resolveMessages, type Messages } from './messages';
import { SetupStep } from './setup-step';
import { headingLevelOf, type HeadingLevel } from './step-heading';
import { screenOf, useFocusOnScreenChange } from './use-focus-on-screen-change';
import { useMfaEnrollment, type UseMfaEnrollmentOptions } from './use-mfa-enrollment';

/** What only the ready-made view needs on top of the hook's options. */
export interface WizardViewProps {
  /** The device name field's first value (FriendlyDeviceName). Default: `messages.defaultDeviceName`. */
  defaultDeviceName?: string | undefined;
  /** Any user-facing text to replace, key by key. */
  messages?: Partial<Messages> | undefined;
  /** Extra class names for the root element (which always has `mfa-wizard`). */
  className?: string | undefined;
  /**
   * The level of every step heading, for pages whose own headings put the wizard lower: 2 to 6,
   * default 2 (the page owns h1). Anything else renders 2.
   */
  headingLevel?: HeadingLevel | undefined;
  /**
   * Whether the wizard moves focus to each new step (and to the code field after a refused code):
   * `always` (default), or `within`, only when focus is already inside the wizard. See `MoveFocus`.
   */
  moveFocus?: MoveFocus | undefined;
  /**
   * The colours of the stylesheet: `light`, `dark`, or `auto` (the user's system setting). Default:
   * the page's own `color-scheme`. For a page whose dark mode is a class, pass that choice here.
   */
  colorScheme?: ColorScheme | undefined;
}

/** The stylesheet's colour schemes; also the root's `data-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'auto';

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
  moveFocus,
  colorScheme,
  ...options
}: MfaEnrollmentWizardProps) {
  const enrollment = useMfaEnrollment(options);
  const text = useMemo(() => resolveMessages(messages), [messages]);
  const screen = screenOf(enrollment.step);
  const { mayMoveFocus, rootProps } = useFocusPolicy(moveFocus);
  const headingRef = useFocusOnScreenChange(screen, mayMoveFocus);
  const step = { headingRef, headingLevel: headingLevelOf(headingLevel), messages: text, enrollment };

  return (
    <div
      className={className ? `mfa-wizard ${className}` : 'mfa-wizard'}
      data-step={enrollment.step}
      data-mode={enrollment.mode}
      data-color-scheme={colorScheme}
      {...rootProps}
    >
      <FocusPolicyProvider value={mayMoveFocus}>
        {screen === 'loading' && <LoadingStep {...step} />}
        {screen === 'setup' && <SetupStep {...step} defaultDeviceName={defaultDeviceName ?? text.defaultDeviceName} />}
        {screen === 'done' && <DoneStep {...step} />}
        {screen === 'failed' && <FailedStep {...step} />}
      </FocusPolicyProvider>
    </div>
  );
}
