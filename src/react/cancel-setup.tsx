import { useEffect, useId, useRef, useState } from 'react';
import type { Messages } from './messages';
import type { MfaEnrollment } from './use-mfa-enrollment';

interface CancelSetupProps {
  enrollment: MfaEnrollment;
  messages: Messages;
  /** The user has been shown the key (QR code, key or the link to the app): the app may hold an entry for it. */
  keyShown: boolean;
}

/**
 * Cancel on the setup screen. Once the key was shown, the user may have added an entry that cancelling
 * makes useless (the next setup gets a new key), so Cancel first says so and asks: a group named by
 * the question and described by what happens to the entry, which takes focus so both are read out.
 * "Keep setting up" (or Escape) puts focus back on Cancel.
 */
export function CancelSetup({ enrollment, messages, keyShown }: CancelSetupProps) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus goes when the question opens or closes; null on first render (the page decides then).
  const focusNext = useRef<'question' | 'cancel' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'question') groupRef.current?.focus();
    if (focusNext.current === 'cancel') cancelRef.current?.focus();
    focusNext.current = null;
  }, [asking]);

  if (!enrollment.canCancel) return null;

  const ask = (open: boolean) => {
    focusNext.current = open ? 'question' : 'cancel';
    setAsking(open);
  };

  if (!asking) {
    return (
      <button
        ref={cancelRef}
        type="button"
        className="mfa-wizard__cancel"
        onClick={() => (keyShown ? ask(true) : enrollment.cancel())}
      >
        {messages.cancel}
      </button>
    );
  }
  return (
    <div
      ref={groupRef}
      role="group"
      tabIndex={-1}
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-effect`}
      className="mfa-wizard__confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') ask(false);
      }}
    >
      <p id={`${id}-question`} className="mfa-wizard__confirm-question">
        {messages.cancelQuestion}
      </p>
      <p id={`${id}-effect`} className="mfa-wizard__confirm-effect">
        {cancelEffect(messages, enrollment.enrolled)}
      </p>
      <div className="mfa-wizard__actions">
        <button type="button" className="mfa-wizard__primary" onClick={() => ask(false)}>
          {messages.keepSettingUp}
        </button>
        <button type="button" onClick={enrollment.cancel}>
          {messages.confirmCancel}
        </button>
      </div>
    </div>
  );
}

/** What cancelling now means for the entry, by what Cognito may have registered (a code checked while Cancel was pressed). */
function cancelEffect(messages: Messages, enrolled: MfaEnrollment['enrolled']): string {
  if (enrolled === 'unknown') return messages.cancelEffectUncertain;
  return enrolled ? messages.cancelEffectAdded : messages.cancelEffect;
}
