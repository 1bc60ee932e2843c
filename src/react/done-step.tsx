import type { Ref } from 'react';
import type { Messages } from './messages';
import { StepHeading, type HeadingLevel } from './step-heading';

interface DoneStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  messages: Messages;
}

/** The authenticator app is enrolled. */
export function DoneStep({ headingRef, headingLevel, messages }: DoneStepProps) {
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.doneHeading}</StepHeading>
      <p className="mfa-wizard__status">{messages.doneBody}</p>
    </>
  );
}
