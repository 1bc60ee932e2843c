import { useRef, useState } from 'react';
import { Disclosure } from './disclosure';
import type { Messages } from './messages';

interface SecretKeyDisclosureProps {
  secret: string;
  groupedSecret: string;
  messages: Messages;
  /** The button's text while closed: `showKey` beside the QR code, `showKeyOnPhone` on a phone. */
  showLabel: string;
  onShown: () => void;
  /** Shown from the start, where the key is the only way to add the account (no QR code). */
  initiallyOpen?: boolean | undefined;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** What the last copy did, and which copy it was. */
interface CopyResult {
  state: CopyState;
  attempt: number;
}

/** "Can't scan it?": reveals the key in groups of four, with a button that copies it. */
export function SecretKeyDisclosure({
  secret,
  groupedSecret,
  messages,
  showLabel,
  onShown,
  initiallyOpen = false,
}: SecretKeyDisclosureProps) {
  return (
    <Disclosure
      className="mfa-wizard__key"
      showLabel={showLabel}
      hideLabel={messages.hideKey}
      onOpen={onShown}
      initiallyOpen={initiallyOpen}
    >
      <SecretKey secret={secret} groupedSecret={groupedSecret} messages={messages} />
    </Disclosure>
  );
}

function SecretKey({ secret, groupedSecret, messages }: Pick<SecretKeyDisclosureProps, 'secret' | 'groupedSecret' | 'messages'>) {
  const [copy, setCopy] = useState<CopyResult>({ state: 'idle', attempt: 0 });
  const keyRef = useRef<HTMLElement>(null);

  async function copyKey() {
    const report = (state: CopyState) => setCopy(({ attempt }) => ({ state, attempt: attempt + 1 }));
    try {
      // Some browsers have no clipboard outside secure contexts: that is a failure like any other.
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(secret);
      report('copied');
    } catch {
      report('failed');
      // Select the key so that the keyboard or the context menu can copy it instead.
      if (keyRef.current) window.getSelection()?.selectAllChildren(keyRef.current);
    }
  }

  return (
    <>
      <p className="mfa-wizard__hint">{messages.keyHint}</p>
      {/* Groups of four apart by their margin, not by spaces: what is selected and copied is the key as the app wants it. */}
      <code ref={keyRef} className="mfa-wizard__secret" data-testid="mfa-secret">
        {groupedSecret.split(' ').map((group, index) => (
          <span key={index} className="mfa-wizard__secret-group">
            {group}
          </span>
        ))}
      </code>
      <button type="button" className="mfa-wizard__copy" onClick={() => void copyKey()}>
        {messages.copyKey}
      </button>
      <span role="status" className="mfa-wizard__copy-status" data-state={copy.state}>
        {/* A new node for every copy: the live region announces it even when the text is the same. */}
        {copy.state !== 'idle' && (
          <span key={copy.attempt}>{copy.state === 'copied' ? messages.copied : messages.copyFailed}</span>
        )}
      </span>
    </>
  );
}
