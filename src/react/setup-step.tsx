import { useState } from 'react';
import { fitsQrCode } from '../core/qr-budget';
import { CancelSetup } from './cancel-setup';
import { CodeForm } from './code-form';
import { Disclosure } from './disclosure';
import { OpenInAppLink } from './open-in-app-link';
import { QrCode } from './qr-code';
import { SecretKeyDisclosure } from './secret-key-disclosure';
import { SessionTimer } from './session-timer';
import type { StepViewProps } from './step-props';
import { StepHeading } from './step-heading';
import type { SetupScreen } from './use-enrollment';
import { usePhoneFirst } from './use-phone-first';
import { ViewBoundary } from './view-boundary';

interface SetupStepProps extends StepViewProps {
  enrollment: SetupScreen;
  defaultDeviceName: string;
  onCodeTyped: (typed: boolean) => void;
}

/**
 * One screen for scan, key and code; it stays while the code is checked so nothing the user did is lost.
 * Two columns where the wizard has the room (the stylesheet's container query): what to add to the app
 * on the left, the code on the right, so that a laptop shows the QR code, the key button, the code
 * field and Verify at once. On a phone (see usePhoneFirst) the app is on this device: "Open in
 * authenticator app" comes first, the QR code waits behind "Scan with another device".
 */
export function SetupStep({ headingRef, headingLevel, messages, enrollment, defaultDeviceName, onCodeTyped }: SetupStepProps) {
  const phoneFirst = usePhoneFirst();
  // Whether the user has seen the key in some form, so that Cancel must say what becomes of the entry.
  // Beside the QR code it is in plain view from the start; on a phone, once the user asks for it.
  const [keyAskedFor, setKeyAskedFor] = useState(false);
  const keyShown = keyAskedFor || !phoneFirst;
  const showKey = () => setKeyAskedFor(true);

  const { secret, groupedSecret, otpauthUri, issuer, accountName, timeLeftMs } = enrollment;
  // Names too long for a scannable QR code: the key as text, said plainly, never a blank page.
  const qrFits = fitsQrCode(otpauthUri);
  const keyInstead = (
    <p role="note" className="mfa-wizard__note">
      {messages.qrTooLong}
    </p>
  );
  const qrCode = qrFits ? (
    <ViewBoundary fallback={keyInstead}>
      <QrCode value={otpauthUri} label={messages.qrLabel(issuer, accountName)} />
    </ViewBoundary>
  ) : (
    keyInstead
  );
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.setupHeading}</StepHeading>
      {timeLeftMs !== null && (
        <SessionTimer timeLeftMs={timeLeftMs} runningOut={enrollment.runningOut} messages={messages} />
      )}
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
        {(phoneFirst ? messages.phoneInstructions : messages.instructions).map((instruction) => (
          <li key={instruction}>{instruction}</li>
        ))}
      </ol>
      <div className="mfa-wizard__columns">
        <div className="mfa-wizard__scan">
          {phoneFirst ? (
            <>
              <OpenInAppLink otpauthUri={otpauthUri} label={messages.openInApp} onOpen={showKey} />
              <Disclosure showLabel={messages.scanWithAnotherDevice} hideLabel={messages.hideQr} onOpen={showKey}>
                {qrCode}
              </Disclosure>
            </>
          ) : (
            qrCode
          )}
          <SecretKeyDisclosure
            secret={secret}
            groupedSecret={groupedSecret}
            messages={messages}
            showLabel={phoneFirst ? messages.showKeyOnPhone : messages.showKey}
            onShown={showKey}
            // Beside a QR code that cannot be drawn, the key is the way in.
            initiallyOpen={!phoneFirst && !qrFits}
          />
        </div>
        <div className="mfa-wizard__enter">
          <CodeForm
            messages={messages}
            defaultDeviceName={defaultDeviceName}
            busy={enrollment.busy}
            busyText={enrollment.step === 'completing' ? messages.completing : messages.verifying}
            error={enrollment.error}
            recovery={enrollment.recovery}
            sessionWarning={timeLeftMs === null ? null : enrollment.runningOut ? messages.sessionRunningOut : ''}
            onSubmitCode={enrollment.submitCode}
            onCodeTyped={onCodeTyped}
          >
            <CancelSetup enrollment={enrollment} messages={messages} keyShown={keyShown} />
          </CodeForm>
          {enrollment.canGetNewKey && (
            <div className="mfa-wizard__new-key">
              <p>{messages.newKeyOffer}</p>
              <button type="button" onClick={enrollment.getNewKey}>
                {messages.newKey}
              </button>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
