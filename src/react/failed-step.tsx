import { CancelButton } from './cancel-button';
import type { Messages } from './messages';
import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';
import type { FailedScreen } from './use-mfa-enrollment';

/** The enrollment cannot go on as it is: what happened, and the ways forward there are. */
export function FailedStep({ headingRef, headingLevel, messages, enrollment }: StepViewProps & { enrollment: FailedScreen }) {
  const { kind } = enrollment.error;
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages[`errorHeading:${kind}`]}</StepHeading>
      <p role="alert" className="mfa-wizard__error">
        {failureText(messages, enrollment)}
      </p>
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
