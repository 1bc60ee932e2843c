import { useCallback, useState } from 'react';

/**
 * A live region for a form's problems. Focus on a field reads its error (aria-describedby); a field
 * that already has focus is not read again, so pressing Enter twice in it would be met with silence.
 * What cannot be said by moving focus is said here; the same text twice is still said twice.
 */
export function useAnnouncer() {
  const [said, setSaid] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setSaid(({ count }) => ({ text, count: count + 1 })), []);
  const region = (
    <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
      {said.text}
      {/* Alternating a no-break space makes a repeated message a change the screen reader reports. */}
      {said.count % 2 ? '\u00a0' : ''}
    </p>
  );
  return { announce, region };
}

/** Takes the user to the field a problem is about: focus reads the problem, or, where focus already is, the announcer does. */
export function showProblem(field: unknown, text: string, announce: (text: string) => void): void {
  if (!(field instanceof HTMLElement)) return;
  if (field.ownerDocument.activeElement === field) announce(text);
  else field.focus();
}
