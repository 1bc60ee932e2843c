'use client';

import { useMemo, useState } from 'react';
import { DoneStep } from './done-step';
import { FailedStep } from './failed-step';
import { FocusPolicyProvider, useFocusPolicy, type MoveFocus } from './focus-policy';
import { resolveMessages, type Messages } from './messages';
import { SetupStep } from './setup-step';
import type { StepViewProps } from './step-props';
import { headingLevelOf, type HeadingLevel } from './step-heading';
import { useFocusOnChange } from './use-focus-on-change';
import type { MfaEnrollment } from './use-enrollment';
import { ViewBoundary } from './view-boundary';

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

/** The view's own props out of a wizard's (which also hold the hook's options). */
export function viewPropsOf({
  defaultDeviceName,
  messages,
  className,
  headingLevel,
  helpUrl,
  moveFocus,
  colorScheme,
}: WizardViewProps): WizardViewProps {
  return { defaultDeviceName, messages, className, headingLevel, helpUrl, moveFocus, colorScheme };
}

/**
 * The ready-made view of an enrollment (the hook's result): the root element with its data
 * attributes, focus moved to each new screen, and a view per screen behind an error boundary.
 */
export function WizardView<Outcome>({
  enrollment,
  defaultDeviceName,
  messages,
  className,
  headingLevel,
  helpUrl,
  moveFocus,
  colorScheme,
}: WizardViewProps & { enrollment: MfaEnrollment<Outcome> }) {
  const text = useMemo(() => resolveMessages(messages), [messages]);
  const { skipFocus, mayMoveFocus, rootProps } = useFocusPolicy(moveFocus);
  const headingRef = useFocusOnChange(enrollment.screen, skipFocus);
  const viewKey = useViewKey(enrollment.screen);
  // Whether the code field holds a code not yet sent: if the session runs out then, the failed step says so.
  const [codeTyped, setCodeTyped] = useState(false);
  const view = { headingRef, headingLevel: headingLevelOf(headingLevel), messages: text };

  return (
    <div
      className={className ? `mfa-wizard ${className}` : 'mfa-wizard'}
      lang={text.lang}
      data-step={enrollment.step}
      data-mode={enrollment.mode}
      data-color-scheme={colorScheme}
      {...rootProps}
    >
      <FocusPolicyProvider value={mayMoveFocus}>
        <ViewBoundary key={viewKey} fallback={<ViewFailed messages={text} />}>
          <Screen
            enrollment={enrollment}
            view={view}
            defaultDeviceName={defaultDeviceName ?? ''}
            helpUrl={helpUrl}
            codeTyped={codeTyped}
            onCodeTyped={setCodeTyped}
          />
        </ViewBoundary>
      </FocusPolicyProvider>
    </div>
  );
}

function Screen<Outcome>({
  enrollment,
  view,
  defaultDeviceName,
  helpUrl,
  codeTyped,
  onCodeTyped,
}: {
  enrollment: MfaEnrollment<Outcome>;
  view: StepViewProps;
  defaultDeviceName: string;
  helpUrl: string | undefined;
  codeTyped: boolean;
  onCodeTyped: (typed: boolean) => void;
}) {
  switch (enrollment.screen) {
    case 'loading':
    case 'setup':
      return (
        <SetupStep {...view} enrollment={enrollment} defaultDeviceName={defaultDeviceName} onCodeTyped={onCodeTyped} />
      );
    case 'done':
      return <DoneStep {...view} helpUrl={helpUrl} />;
    case 'failed':
      return <FailedStep {...view} enrollment={enrollment} codeTyped={codeTyped} />;
    default:
      return enrollment satisfies never;
  }
}

/**
 * Which view the screen is drawn in: a new one (remounted, with nothing of the last one's state) on
 * every change of screen but one: the loading screen's view is the setup step's, which the key then
 * fills in. A new key (asked for on the setup screen) starts a new view from its loading screen.
 */
function useViewKey(screen: MfaEnrollment['screen']): number {
  const [view, setView] = useState({ screen, count: 0 });
  if (view.screen === screen) return view.count;
  const next = { screen, count: view.screen === 'loading' && screen === 'setup' ? view.count : view.count + 1 };
  // Kept from render to render (React's way to adjust state to a prop): no effect, no second commit.
  setView(next);
  return next.count;
}

function ViewFailed({ messages }: { messages: Messages }) {
  return (
    <p role="alert" className="mfa-wizard__error">
      {messages.viewFailed}
    </p>
  );
}
