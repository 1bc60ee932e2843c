import type { StepViewProps } from './step-props';
import { HelpLink } from './help-link';
import { StepHeading } from './step-heading';

/** The authenticator app is enrolled; Cognito has no backup codes, so the user learns now what losing the phone means. */
export function DoneStep({
  headingRef,
  headingLevel,
  messages,
  helpUrl,
}: StepViewProps & {
  /** The host's page on what to do when the phone is lost (the `helpUrl` prop). */
  helpUrl: string | undefined;
}) {
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.doneHeading}</StepHeading>
      <p className="mfa-wizard__status">{messages.doneBody}</p>
      <p className="mfa-wizard__status">{messages.noBackupCodes}</p>
      {helpUrl && (
        <p className="mfa-wizard__status">
          <HelpLink className="mfa-wizard__link" href={helpUrl} messages={messages} />
        </p>
      )}
    </>
  );
}
