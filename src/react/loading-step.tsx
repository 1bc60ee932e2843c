import { CancelButton } from './cancel-button';
import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';
import type { LoadingScreen } from './use-enrollment';

/** While Cognito makes the key. Cancel stays within reach; a request past its deadline ends in the failed step. */
export function LoadingStep({ headingRef, headingLevel, messages, enrollment }: StepViewProps & { enrollment: LoadingScreen }) {
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.setupHeading}</StepHeading>
      <p role="status" className="mfa-wizard__status">
        {messages.creatingKey}
      </p>
      <CancelButton enrollment={enrollment} label={messages.cancel} />
    </>
  );
}
