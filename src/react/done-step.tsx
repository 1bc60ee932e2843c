import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';

/** The authenticator app is enrolled. */
export function DoneStep({ headingRef, headingLevel, messages }: StepViewProps) {
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.doneHeading}</StepHeading>
      <p className="mfa-wizard__status">{messages.doneBody}</p>
    </>
  );
}
