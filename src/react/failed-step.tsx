import { CancelButton } from './cancel-button';
import { ErrorMessage } from './error-message';
import type { Messages } from './messages';
import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';
import type { FailedScreen } from './use-enrollment';

interface FailedStepProps extends StepViewProps {
  enrollment: FailedScreen;
  /** The code field held a code not yet sent when the setup screen closed. */
  codeTyped: boolean;
}

/** The enrollment cannot go on as it is: what happened, and the ways forward there are. */
export function FailedStep({ headingRef, headingLevel, messages, enrollment, codeTyped }: FailedStepProps) {
  const { kind } = enrollment.error;
  // The session clock (no request: operation null) closed the form while the user was typing a code:
  // the form went away under their fingers, so the first words say what became of that code.
  const codeNotSent = codeTyped && enrollment.error.operation === null;
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages[`errorHeading:${kind}`]}</StepHeading>
      <ErrorMessage>
        {codeNotSent && `${messages.codeNotSent} `}
        {failureText(messages, enrollment)}
      </ErrorMessage>
      <div className="mfa-wizard__actions">
        {enrollment.canRestart && (
          <button type="button" className="mfa-wizard__primary" onClick={enrollment.restart}>
            {messages.signInAgain}
          </button>
        )}
        {enrollment.canRetry && (
          <button type="button" className="mfa-wizard__primary" onClick={enrollment.retry}>
            {messages.tryAgain}
          </button>
        )}
        {enrollment.canGetNewKey && (
          <button type="button" className="mfa-wizard__primary" onClick={enrollment.getNewKey}>
            {messages.newKey}
          </button>
        )}
        <CancelButton enrollment={enrollment} label={messages.cancel} />
      </div>
    </>
  );
}

/**
 * The text that matches the way forward: the kind's own, unless the mode or what Cognito may have
 * registered changes what to do with the app's entry.
 */
function failureText(messages: Messages, { error, recovery, enrolled }: FailedScreen): string {
  if (recovery === 'sign-in-again' && enrolled === true) return messages.verifiedRestart;
  if (recovery === 'sign-in-again' && enrolled === 'unknown') return messages.uncertainRestart;
  if (recovery === 'new-key') return messages.newKeyNeeded;
  return messages[`error:${error.kind}`];
}
