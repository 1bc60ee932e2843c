/** Cognito's default AuthSessionValidity, in minutes. */
export const DEFAULT_SESSION_VALIDITY_MINUTES = 3;

/** The bounds Cognito puts on an app client's AuthSessionValidity, in minutes. */
export const MIN_SESSION_VALIDITY_MINUTES = 3;
export const MAX_SESSION_VALIDITY_MINUTES = 15;

/**
 * The session validity to count with: a number of minutes outside Cognito's 3 to 15 is brought to the
 * nearer bound (no app client can have another), and anything that is not a finite number (undefined,
 * NaN, Infinity) means the default, 3. Never throws: a host's slip must not break rendering.
 */
export function sessionValidityMinutes(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes)) return DEFAULT_SESSION_VALIDITY_MINUTES;
  return Math.min(MAX_SESSION_VALIDITY_MINUTES, Math.max(MIN_SESSION_VALIDITY_MINUTES, minutes));
}

/** Below this much time left the wizard warns (once) that the session is running out. */
export const SESSION_WARNING_MS = 60_000;

/** When the session stops working, in ms since the epoch. */
export function sessionDeadline(issuedAt: number, validityMinutes = DEFAULT_SESSION_VALIDITY_MINUTES): number {
  return issuedAt + validityMinutes * 60_000;
}

/** Milliseconds left, never negative. */
export function timeLeft(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** "2:41": minutes and seconds, rounded up so that "0:00" means the time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export function isRunningOut(ms: number): boolean {
  return ms > 0 && ms < SESSION_WARNING_MS;
}
