import { invalidParameter } from './errors.ts';

// The constraints the API reference states for these members, checked before
// anything else as Cognito does, with messages in Cognito's validation style.
const constraint = (member: string, rule: string) =>
  invalidParameter(`1 validation error detected: Value at '${member}' failed to satisfy constraint: ${rule}`);

export interface TokenOrSession {
  AccessToken?: unknown;
  Session?: unknown;
}

export function checkSession(session: unknown): asserts session is string {
  if (typeof session !== 'string' || session.length < 20 || session.length > 2048) {
    throw constraint('session', 'Member must have length less than or equal to 2048 and greater than or equal to 20');
  }
}

/** "The request takes an access token or a session string, but not both." */
export function checkTokenOrSession(req: TokenOrSession): 'accessToken' | 'session' {
  const hasToken = req.AccessToken !== undefined && req.AccessToken !== null;
  const hasSession = req.Session !== undefined && req.Session !== null;
  if (hasToken === hasSession) {
    throw invalidParameter('Exactly one of AccessToken or Session must be provided, not both and not neither.');
  }
  if (hasSession) {
    checkSession(req.Session);
    return 'session';
  }
  checkAccessTokenFormat(req.AccessToken);
  return 'accessToken';
}

export function checkAccessTokenFormat(token: unknown): asserts token is string {
  if (typeof token !== 'string' || !/^[A-Za-z0-9\-_=.]+$/.test(token)) {
    throw constraint('accessToken', 'Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+');
  }
}

export function checkUserCode(code: unknown): asserts code is string {
  if (typeof code !== 'string' || code.length === 0) {
    throw invalidParameter('Missing required parameter UserCode');
  }
  if (code.length !== 6) {
    throw constraint('userCode', 'Member must have length less than or equal to 6 and greater than or equal to 6');
  }
  if (!/^[0-9]+$/.test(code)) {
    throw constraint('userCode', 'Member must satisfy regular expression pattern: [0-9]+');
  }
}

const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

/** Cognito's UsernameType: 1 to 128 letters, marks, symbols, digits or punctuation (no spaces). */
export function checkUsername(username: unknown): void {
  if (typeof username !== 'string' || username.length < 1 || username.length > 128) {
    throw constraint('username', 'Member must have length less than or equal to 128 and greater than or equal to 1');
  }
  if (!USERNAME.test(username)) {
    throw constraint('username', 'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+');
  }
}
