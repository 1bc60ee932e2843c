import { formatClock } from '../core';
import type { Messages } from './messages';

interface SessionTimerProps {
  timeLeftMs: number;
  /** Less than a minute is left: the clock takes the warning colour. */
  runningOut: boolean;
  messages: Messages;
}

/**
 * The time left to finish setup, in the Cognito session. A timer (not announced each second); the
 * warning under a minute is announced beside Verify, where the user is by then (see CodeForm).
 */
export function SessionTimer({ timeLeftMs, runningOut, messages }: SessionTimerProps) {
  return (
    <p role="timer" className="mfa-wizard__timer" data-state={runningOut ? 'running-out' : 'ok'}>
      {messages.timeLeft(formatClock(timeLeftMs))}
    </p>
  );
}
