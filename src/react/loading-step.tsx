import type { Ref } from 'react';
import type { Messages } from './messages';
import { StepHeading } from './step-heading';

interface LoadingStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  messages: Messages;
}

/** While Cognito makes the key. */
export function LoadingStep({ headingRef, messages }: LoadingStepProps) {
  return (
    <>
      <StepHeading headingRef={headingRef}>{messages.setupHeading}</StepHeading>
      <p role="status" className="mfa-wizard__status">
        {messages.creatingKey}
      </p>
    </>
  );
}
