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
import type { LoadingScreen, SetupScreen } from './use-enrollment';
import { usePhoneFirst } from './use-phone-first';
import { ViewBoundary } from './view-boundary';

interface SetupStepProps extends StepViewProps {
  /** The loading screen too: the step is drawn while Cognito makes the key, which then fills it in. */
  enrollment: LoadingScreen | SetupScreen;
  defaultDeviceName: string;
  onCodeTyped: (typed: boolean) => void;
}

/**
 * One screen for scan, key and code; it stays while the code is checked so nothing the user did is lost.
 * It is drawn as soon as the wizard starts, the key's place saying it is being made: the heading, the
 * instructions and the code form are there to read while Cognito answers, and its answer changes only
 * the key's place, in the same frame (no new screen to build, no layout of text already laid out).
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
  const key = enrollment.screen === 'setup' ? enrollment : null;
  const keyShown = key !== null && (keyAskedFor || !phoneFirst);
  const showKey = () => setKeyAskedFor(true);
  const { issuer, accountName } = enrollment;
  // The session's clock from the key on: AssociateSoftwareToken answers with the session to finish in.
  const timeLeftMs = key ? enrollment.timeLeftMs : null;
  return (
    <>
      <StepHeading headingRef={headingRef} level={headingLevel}>{messages.setupHeading}</StepHeading>
      {timeLeftMs !== null ? (
        <SessionTimer timeLeftMs={timeLeftMs} runningOut={enrollment.runningOut} messages={messages} />
      ) : (
        // The clock's line, kept empty until the key and its session come, so that nothing moves then.
        enrollment.timeLeftMs !== null && <p className="mfa-wizard__timer" aria-hidden="true">{'\u00a0'}</p>
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
          {key ? (
            <KeyPlace enrollment={key} phoneFirst={phoneFirst} messages={messages} onShown={showKey} />
          ) : (
            <KeyPending phoneFirst={phoneFirst} messages={messages} />
          )}
        </div>
        <div className="mfa-wizard__enter">
          <CodeForm
            messages={messages}
            defaultDeviceName={defaultDeviceName}
            // Until the key is there, Verify waits (the key's place says why) without saying it is busy.
            ready={key !== null}
            busy={key !== null && enrollment.busy}
            busyText={enrollment.step === 'completing' ? messages.completing : messages.verifying}
            error={enrollment.error}
            recovery={enrollment.recovery ?? null}
            sessionWarning={timeLeftMs === null ? null : enrollment.runningOut ? messages.sessionRunningOut : ''}
            onSubmitCode={enrollment.submitCode}
            onCodeTyped={onCodeTyped}
          >
            <CancelSetup enrollment={enrollment} messages={messages} keyShown={keyShown} />
          </CodeForm>
          {key?.canGetNewKey && (
            <div className="mfa-wizard__new-key">
              <p>{messages.newKeyOffer}</p>
              <button type="button" onClick={key.getNewKey}>
                {messages.newKey}
              </button>
            </div>
          )}
        </div>
      </div>
    </>
  );
}

/** The key in the forms a user can take it: the QR code (on a phone behind "Scan with another device"), the link to the app, the key as text. */
function KeyPlace({
  enrollment,
  phoneFirst,
  messages,
  onShown,
}: {
  enrollment: SetupScreen;
  phoneFirst: boolean;
  messages: SetupStepProps['messages'];
  onShown: () => void;
}) {
  const { secret, groupedSecret, otpauthUri, issuer, accountName } = enrollment;
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
      {phoneFirst ? (
        <>
          <OpenInAppLink otpauthUri={otpauthUri} label={messages.openInApp} onOpen={onShown} />
          <Disclosure showLabel={messages.scanWithAnotherDevice} hideLabel={messages.hideQr} onOpen={onShown}>
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
        onShown={onShown}
        // Beside a QR code that cannot be drawn, the key is the way in.
        initiallyOpen={!phoneFirst && !qrFits}
      />
    </>
  );
}

/**
 * Where the key goes while Cognito makes it, at the size of what comes, so that nothing moves then:
 * beside the code form, the QR code's square; on a phone, the link's place saying so, and the two
 * buttons under it, not yet usable.
 */
function KeyPending({ phoneFirst, messages }: { phoneFirst: boolean; messages: SetupStepProps['messages'] }) {
  if (!phoneFirst) {
    return (
      <p role="status" className="mfa-wizard__status mfa-wizard__key-pending">
        {messages.creatingKey}
      </p>
    );
  }
  return (
    <>
      <p role="status" className="mfa-wizard__open-in-app mfa-wizard__key-pending">
        {messages.creatingKey}
      </p>
      {[messages.scanWithAnotherDevice, messages.showKeyOnPhone].map((label) => (
        <div key={label}>
          <button type="button" className="mfa-wizard__disclosure" disabled>
            {label}
          </button>
        </div>
      ))}
    </>
  );
}
