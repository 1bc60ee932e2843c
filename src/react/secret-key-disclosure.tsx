import { useId, useRef, useState } from 'react';
import type { Messages } from './messages';

interface SecretKeyDisclosureProps {
  secret: string;
  groupedSecret: string;
  messages: Messages;
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
export function SecretKeyDisclosure({ secret, groupedSecret, messages, initiallyOpen = false }: SecretKeyDisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [copy, setCopy] = useState<CopyResult>({ state: 'idle', attempt: 0 });
  const keyRef = useRef<HTMLElement>(null);
  const panelId = useId();

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
    <div className="mfa-wizard__key">
      <button
        type="button"
        className="mfa-wizard__disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {messages.showKey}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <>
            <p className="mfa-wizard__hint">{messages.keyHint}</p>
            <code ref={keyRef} className="mfa-wizard__secret" data-testid="mfa-secret">
              {groupedSecret}
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
        )}
      </div>
    </div>
  );
}
