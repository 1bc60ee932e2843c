import { formatClock, isRunningOut } from '../core';
import type { Messages } from './messages';

interface SessionTimerProps {
  timeLeftMs: number;
  messages: Messages;
}

/**
 * The time left in the Cognito session. The clock itself is a timer (not announced each second);
 * a separate polite status says once, when under a minute, that time is running out.
 */
export function SessionTimer({ timeLeftMs, messages }: SessionTimerProps) {
  const runningOut = isRunningOut(timeLeftMs);
  return (
    <div className="mfa-wizard__session" data-state={runningOut ? 'running-out' : 'ok'}>
      <p role="timer" className="mfa-wizard__timer">
        {messages.timeLeft(formatClock(timeLeftMs))}
      </p>
      <p role="status" className="mfa-wizard__session-warning">
        {runningOut ? messages.sessionRunningOut : ''}
      </p>
    </div>
  );
}
