import { useState, type Ref } from 'react';
import { isRunningOut } from '../core';
import { CancelSetup } from './cancel-setup';
import { CodeForm } from './code-form';
import { Disclosure } from './disclosure';
import type { Messages } from './messages';
import { OpenInAppLink } from './open-in-app-link';
import { QrCode } from './qr-code';
import { SecretKeyDisclosure } from './secret-key-disclosure';
import { SessionTimer } from './session-timer';
import { StepHeading, type HeadingLevel } from './step-heading';
import type { MfaEnrollment } from './use-mfa-enrollment';
import { usePhoneFirst } from './use-phone-first';

interface SetupStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  messages: Messages;
  enrollment: MfaEnrollment;
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
  if (secret === undefined || groupedSecret === undefined || otpauthUri === undefined) return null;
  const qrCode = <QrCode value={otpauthUri} label={messages.qrLabel(issuer, accountName)} />;
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
            sessionWarning={timeLeftMs === null ? null : isRunningOut(timeLeftMs) ? messages.sessionRunningOut : ''}
            onSubmitCode={(code, deviceName) => {
              // A code on its way to Cognito is no longer one being typed.
              if (enrollment.submitCode(code, deviceName).status === 'sent') onCodeTyped(false);
            }}
            onCodeTyped={onCodeTyped}
          >
            <CancelSetup enrollment={enrollment} messages={messages} keyShown={keyShown} />
          </CodeForm>
        </div>
      </div>
    </>
  );
}
