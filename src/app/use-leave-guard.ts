import { useCallback, useEffect, useState } from 'react';

/**
 * While `armed` (a key the user may have scanned is on screen), browser Back does not leave at once:
 * the guard keeps an entry of its own in the history, and when Back takes it away, `asking` turns
 * true so the page can ask. `stay` puts the entry back; `leave` lets the page go where Back meant
 * (the history is already there). (Reloading or closing the tab is left alone: the browser's generic
 * "changes may not be saved" would say nothing about the app's entry.)
 */
export function useLeaveGuard(armed: boolean): { asking: boolean; stay: () => void; leave: () => void } {
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    if (!armed) return;
    history.pushState({ leaveGuard: true }, '');
    const onBack = () => setAsking(true);
    window.addEventListener('popstate', onBack);
    return () => window.removeEventListener('popstate', onBack);
  }, [armed]);

  const stay = useCallback(() => {
    history.pushState({ leaveGuard: true }, '');
    setAsking(false);
  }, []);
  const leave = useCallback(() => setAsking(false), []);
  return { asking: armed && asking, stay, leave };
}
