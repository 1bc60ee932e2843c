import { useEffect, useState } from 'react';
import { timeLeft, type WizardState } from '../core';
import type { EnrollmentStore } from './enrollment-store';

/** Whether the session can still be used in this state, so its clock matters. */
function sessionInUse(state: WizardState): boolean {
  switch (state.step) {
    case 'associating':
    case 'setup':
    case 'verifying':
    case 'completing':
      return true;
    case 'failed':
      return state.retry !== null;
    case 'done':
      return false;
    default:
      return state satisfies never;
  }
}

/**
 * Milliseconds left in the Cognito session, ticking each second; null when there is no session or it
 * no longer matters. At zero it tells the store, which fails the wizard without sending a request.
 */
export function useSessionClock(store: EnrollmentStore, state: WizardState): number | null {
  const { deadline } = store;
  const ticking = deadline !== null && sessionInUse(state);
  const [now, setNow] = useState(store.createdAt);

  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => {
      const reading = Date.now();
      setNow(reading);
      if (reading >= deadline) store.send({ type: 'session-timed-out' });
    }, 1000);
    return () => clearInterval(timer);
  }, [ticking, deadline, store]);

  // The last reading may predate the newest session; no session has more than its validity left.
  return ticking ? Math.min(timeLeft(deadline, now), store.sessionValidityMs ?? Infinity) : null;
}
