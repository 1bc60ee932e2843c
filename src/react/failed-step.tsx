import type { Ref } from 'react';
import { CancelButton } from './cancel-button';
import type { Messages } from './messages';
import { StepHeading } from './step-heading';
import type { MfaEnrollment } from './use-mfa-enrollment';

interface FailedStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  messages: Messages;
  enrollment: MfaEnrollment;
}

/** The enrollment cannot go on as it is: what happened, and the one way forward there is. */
export function FailedStep({ headingRef, messages, enrollment }: FailedStepProps) {
  const kind = enrollment.error?.kind ?? 'unknown';
  return (
    <>
      <StepHeading headingRef={headingRef}>{messages[`errorHeading:${kind}`]}</StepHeading>
      <p role="alert" className="mfa-wizard__error">
        {messages[`error:${kind}`]}
      </p>
      <div className="mfa-wizard__actions">
        {enrollment.restartReason && (
          <button type="button" className="mfa-wizard__primary" onClick={enrollment.restart}>
            {messages.signInAgain}
          </button>
        )}
        {enrollment.canRetry && (
          <button type="button" className="mfa-wizard__primary" onClick={enrollment.retry}>
            {messages.tryAgain}
          </button>
        )}
        <CancelButton enrollment={enrollment} label={messages.cancel} />
      </div>
    </>
  );
}
