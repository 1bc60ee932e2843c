/**
 * How long a request to Cognito may take by default: long enough for a slow mobile network, short of
 * a user giving up. In a module of its own so that a page can read it without the store's code.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** The deadline a request gets: the one given when it is a positive, finite number of ms, else the default. */
export function requestDeadlineMs(ms: number | undefined): number {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_REQUEST_TIMEOUT_MS;
}
