import type { Ref } from 'react';
import type { Messages } from './messages';
import { StepHeading, type HeadingLevel } from './step-heading';

interface LoadingStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  messages: Messages;
}

/** While Cognito makes the key. */
export function LoadingStep({ headingRef, headingLevel, messages }: LoadingStepProps) {
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.setupHeading}</StepHeading>
      <p role="status" className="mfa-wizard__status">
        {messages.creatingKey}
      </p>
    </>
  );
}
