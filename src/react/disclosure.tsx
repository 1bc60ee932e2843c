import { useId, useState, type ReactNode } from 'react';

interface DisclosureProps {
  /** The button's text while the panel is closed, e.g. "Can't scan it? Show the key". */
  showLabel: string;
  /** Its text while the panel is open, e.g. "Hide the key". */
  hideLabel: string;
  /** Called each time the panel opens. */
  onOpen?: (() => void) | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** A button that shows and hides a panel below it (aria-expanded); the panel's content exists only while open. */
export function Disclosure({ showLabel, hideLabel, onOpen, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={className}>
      <button
        type="button"
        className="mfa-wizard__disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          if (!open) onOpen?.();
        }}
      >
        {open ? hideLabel : showLabel}
      </button>
      <div id={panelId} className="mfa-wizard__panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
