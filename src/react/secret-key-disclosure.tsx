import { useId, useRef, useState } from 'react';
import { normalizeSecret } from '../core';
import type { Messages } from './messages';

interface SecretKeyDisclosureProps {
  secret: string;
  groupedSecret: string;
  messages: Messages;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** "Can't scan it?": reveals the key in groups of four, with a button that copies it. */
export function SecretKeyDisclosure({ secret, groupedSecret, messages }: SecretKeyDisclosureProps) {
  const [open, setOpen] = useState(false);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const keyRef = useRef<HTMLElement>(null);
  const panelId = useId();

  async function copy() {
    try {
      // Some browsers have no clipboard outside secure contexts: that is a failure like any other.
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(normalizeSecret(secret));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
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
            <button type="button" className="mfa-wizard__copy" onClick={() => void copy()}>
              {messages.copyKey}
            </button>
            <span role="status" className="mfa-wizard__copy-status" data-state={copyState}>
              {copyState === 'copied' ? messages.copied : copyState === 'failed' ? messages.copyFailed : ''}
            </span>
          </>
        )}
      </div>
    </div>
  );
}
