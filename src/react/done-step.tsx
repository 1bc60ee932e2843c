import type { Ref } from 'react';
import type { Messages } from './messages';
import { StepHeading } from './step-heading';

interface DoneStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  messages: Messages;
}

/** The authenticator app is enrolled. */
export function DoneStep({ headingRef, messages }: DoneStepProps) {
  return (
    <>
      <StepHeading headingRef={headingRef}>{messages.doneHeading}</StepHeading>
      <p className="mfa-wizard__status">{messages.doneBody}</p>
    </>
  );
}
