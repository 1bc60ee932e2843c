import { fitsQrCode } from '../core/qr-budget';
import { CancelButton } from './cancel-button';
import { CodeForm } from './code-form';
import { OpenInAppLink } from './open-in-app-link';
import { QrCode } from './qr-code';
import { SecretKeyDisclosure } from './secret-key-disclosure';
import { SessionTimer } from './session-timer';
import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';
import type { SetupScreen } from './use-mfa-enrollment';
import { ViewBoundary } from './view-boundary';

interface SetupStepProps extends StepViewProps {
  enrollment: SetupScreen;
  defaultDeviceName: string;
}

/** One screen for scan, key and code; it stays while the code is checked so nothing the user did is lost. */
export function SetupStep({ headingRef, headingLevel, messages, enrollment, defaultDeviceName }: SetupStepProps) {
  const { secret, groupedSecret, otpauthUri, issuer, accountName, timeLeftMs } = enrollment;
  // Names too long for a scannable QR code: the key as text, said plainly, never a blank page.
  const qrFits = fitsQrCode(otpauthUri);
  const keyInstead = (
    <p role="note" className="mfa-wizard__note">
      {messages.qrTooLong}
    </p>
  );
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
      {qrFits ? (
        <ViewBoundary fallback={keyInstead}>
          <QrCode value={otpauthUri} label={messages.qrLabel(issuer, accountName)} />
          <OpenInAppLink otpauthUri={otpauthUri} label={messages.openInApp} />
        </ViewBoundary>
      ) : (
        keyInstead
      )}
      <SecretKeyDisclosure secret={secret} groupedSecret={groupedSecret} messages={messages} initiallyOpen={!qrFits} />
      <CodeForm
        messages={messages}
        defaultDeviceName={defaultDeviceName}
        busy={enrollment.busy}
        busyText={enrollment.step === 'completing' ? messages.completing : messages.verifying}
        error={enrollment.error}
        recovery={enrollment.recovery}
        onSubmitCode={enrollment.submitCode}
      />
      {enrollment.canGetNewKey && (
        <div className="mfa-wizard__new-key">
          <p>{messages.newKeyOffer}</p>
          <button type="button" onClick={enrollment.getNewKey}>
            {messages.newKey}
          </button>
        </div>
      )}
      <CancelButton enrollment={enrollment} label={messages.cancel} />
    </>
  );
}
