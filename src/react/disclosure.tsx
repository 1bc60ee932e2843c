import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface DisclosureProps {
  /** The button's text while the panel is closed, e.g. "Can't scan it? Show the key". */
  showLabel: string;
  /** Its text while the panel is open, e.g. "Hide the key". */
  hideLabel: string;
  /** Called each time the user opens the panel. */
  onOpen?: (() => void) | undefined;
  /** Open from the start (where what it holds is the only way on). */
  initiallyOpen?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** A button that shows and hides a panel below it (aria-expanded); the panel's content exists only while open. */
export function Disclosure({ showLabel, hideLabel, onOpen, initiallyOpen = false, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  // Only what the user opens is brought into view, not what a screen starts with.
  const shownOpen = useRef(initiallyOpen);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  // Bring what the user asked for into view: it may open below the fold. (jsdom has no scrollIntoView.)
  useEffect(() => {
    if (open && !shownOpen.current) panelRef.current?.scrollIntoView?.({ block: 'nearest' });
    shownOpen.current = open;
  }, [open]);
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
      <div ref={panelRef} id={panelId} className="mfa-wizard__panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
