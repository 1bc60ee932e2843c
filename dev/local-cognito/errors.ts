// cognito-local serialises any CognitoError as an HTTP 400 with `__type` = code,
// which is exactly how Cognito answers; so our layer throws the same class.
import { CognitoError } from 'cognito-local/lib/errors.js';

export { CognitoError };

export const invalidParameter = (message: string): CognitoError =>
  new CognitoError('InvalidParameterException', message);

export const notAuthorized = (message: string): CognitoError =>
  new CognitoError('NotAuthorizedException', message);

/** Real Cognito's answer to a wrong code in VerifySoftwareToken (cognito-local says CodeMismatchException). */
export const enableSoftwareTokenMfaFailed = (): CognitoError =>
  new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');

export const SESSION_MESSAGES = {
  invalid: 'Invalid session for the user.',
  used: 'Invalid session for the user, session can only be used once.',
  expired: 'Invalid session for the user, session is expired.',
} as const;

/** The one answer to a wrong password and to an unknown user (PreventUserExistenceErrors, the default). */
export const incorrectCredentials = (): CognitoError => notAuthorized('Incorrect username or password.');

/** A code already accepted once for this user (real Cognito's text for a replayed TOTP code). */
export const codeAlreadyUsed = (): CognitoError =>
  new CognitoError('ExpiredCodeException', 'Your software token has already been used once.');
