import type { Ref } from 'react';
import { CancelButton } from './cancel-button';
import { CodeForm } from './code-form';
import type { Messages } from './messages';
import { OpenInAppLink } from './open-in-app-link';
import { QrCode } from './qr-code';
import { SecretKeyDisclosure } from './secret-key-disclosure';
import { SessionTimer } from './session-timer';
import { StepHeading, type HeadingLevel } from './step-heading';
import type { MfaEnrollment } from './use-mfa-enrollment';

interface SetupStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  messages: Messages;
  enrollment: MfaEnrollment;
  defaultDeviceName: string;
}

/** One screen for scan, key and code; it stays while the code is checked so nothing the user did is lost. */
export function SetupStep({ headingRef, headingLevel, messages, enrollment, defaultDeviceName }: SetupStepProps) {
  const { secret, groupedSecret, otpauthUri, issuer, accountName, timeLeftMs } = enrollment;
  if (secret === undefined || groupedSecret === undefined || otpauthUri === undefined) return null;
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.setupHeading}</StepHeading>
      {timeLeftMs !== null && <SessionTimer timeLeftMs={timeLeftMs} messages={messages} />}
      <dl className="mfa-wizard__account">
        <div>
          <dt>{messages.issuerLabel}</dt>
          <dd>{issuer}</dd>
        </div>
        <div>
          <dt>{messages.accountLabel}</dt>
          <dd>{accountName}</dd>
        </div>
      </dl>
      <ol className="mfa-wizard__instructions">
        {messages.instructions.map((instruction) => (
          <li key={instruction}>{instruction}</li>
        ))}
      </ol>
      <QrCode value={otpauthUri} label={messages.qrLabel(issuer, accountName)} />
      <OpenInAppLink otpauthUri={otpauthUri} label={messages.openInApp} />
      <SecretKeyDisclosure secret={secret} groupedSecret={groupedSecret} messages={messages} />
      <CodeForm
        messages={messages}
        defaultDeviceName={defaultDeviceName}
        busy={enrollment.busy}
        busyText={enrollment.step === 'completing' ? messages.completing : messages.verifying}
        error={enrollment.error}
        recovery={enrollment.recovery}
        onSubmitCode={(code, deviceName) => enrollment.submitCode(code, deviceName)}
      />
      <CancelButton enrollment={enrollment} label={messages.cancel} />
    </>
  );
}
