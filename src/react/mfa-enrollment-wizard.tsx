'use client';

import { useMemo } from 'react';
import type { CompletionOutcome } from '../core';
import { DoneStep } from './done-step';
import { FailedStep } from './failed-step';
import { FocusPolicyProvider, useFocusPolicy, type MoveFocus } from './focus-policy';
import { LoadingStep } from './loading-step';
import { resolveMessages, type Messages } from './messages';
import { SetupStep } from './setup-step';
import { headingLevelOf, type HeadingLevel } from './step-heading';
import { useFocusOnChange } from './use-focus-on-change';
import { useMfaEnrollment, type MfaEnrollment, type UseMfaEnrollmentOptions } from './use-mfa-enrollment';
import { ViewBoundary } from './view-boundary';

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
 * Props: one way in (`session` + `username` + `clientId`, or `accessToken`, with `client` or
 * `region` + optional `endpoint`; or an `adapter`), the behaviour of `useMfaEnrollment`, and the view's own.
 */
export type MfaEnrollmentWizardProps<Outcome = CompletionOutcome> = UseMfaEnrollmentOptions<Outcome> & WizardViewProps;

/**
 * TOTP enrollment for a Cognito user: associate, scan or type the key, enter a code, verify, complete.
 * Unstyled unless `mfa-wizard.css` is imported; style by `.mfa-wizard[data-step]` and `--mfa-*` variables.
 */
export function MfaEnrollmentWizard<Outcome = CompletionOutcome>({
  defaultDeviceName,
  messages,
  className,
  headingLevel,
  moveFocus,
  colorScheme,
  ...options
}: MfaEnrollmentWizardProps<Outcome>) {
  const enrollment = useMfaEnrollment<Outcome>(options);
  const text = useMemo(() => resolveMessages(messages), [messages]);
  const { skipFocus, mayMoveFocus, rootProps } = useFocusPolicy(moveFocus);
  const headingRef = useFocusOnChange(enrollment.screen, skipFocus);
  const view = { headingRef, headingLevel: headingLevelOf(headingLevel), messages: text };

  return (
    <div
      className={className ? `mfa-wizard ${className}` : 'mfa-wizard'}
      data-step={enrollment.step}
      data-mode={enrollment.mode}
      data-color-scheme={colorScheme}
      {...rootProps}
    >
      <FocusPolicyProvider value={mayMoveFocus}>
        <ViewBoundary key={enrollment.screen} fallback={<ViewFailed messages={text} />}>
          <Screen enrollment={enrollment} view={view} defaultDeviceName={defaultDeviceName ?? text.defaultDeviceName} />
        </ViewBoundary>
      </FocusPolicyProvider>
    </div>
  );
}

function Screen<Outcome>({
  enrollment,
  view,
  defaultDeviceName,
}: {
  enrollment: MfaEnrollment<Outcome>;
  view: Omit<Parameters<typeof LoadingStep>[0], 'enrollment'>;
  defaultDeviceName: string;
}) {
  switch (enrollment.screen) {
    case 'loading':
      return <LoadingStep {...view} enrollment={enrollment} />;
    case 'setup':
      return <SetupStep {...view} enrollment={enrollment} defaultDeviceName={defaultDeviceName} />;
    case 'done':
      return <DoneStep {...view} />;
    case 'failed':
      return <FailedStep {...view} enrollment={enrollment} />;
    default:
      return enrollment satisfies never;
  }
}

function ViewFailed({ messages }: { messages: Messages }) {
  return (
    <p role="alert" className="mfa-wizard__error">
      {messages.viewFailed}
    </p>
  );
}
