import type { RestartReason, SignInErrorKind } from 'cognito-mfa-wizard';

/** Why the user is back at the sign-in form, in the words the page shows. */
export const restartNotice: Record<RestartReason, string> = {
  'session-expired':
    'Setup has to be finished within a few minutes of signing in, and that time ran out. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
  'session-used':
    'That setup session was already used. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
  'session-invalid': 'That setup session is no longer valid. Sign in again to start setup over.',
  'not-authorized': 'You were signed out before the authenticator app was added. Sign in again to add it.',
};

/** The sign-in errors the page shows, one for each thing the user can do about it. */
export function signInErrorText(kind: SignInErrorKind): string {
  switch (kind) {
    case 'wrong-credentials':
      return 'The username or password is not right. Check them and try again.';
    case 'password-rejected':
      return "That password doesn't meet the requirements. Choose a longer one with upper and lower case letters, a number and a symbol.";
    case 'code-mismatch':
    case 'enable-mfa-failed':
      return "That code didn't match. Enter the code your authenticator app shows now, and check that your phone sets its time automatically.";
    case 'code-already-used':
      return 'That code was already used. Wait for your app to show the next code, then enter it.';
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
      return 'Your sign-in took too long and has to start over. Sign in again.';
    case 'user-not-confirmed':
      return 'This account is not confirmed yet. Confirm it with the code you were sent, then sign in.';
    case 'password-reset-required':
      return 'This account needs a new password. Reset your password, then sign in.';
    case 'too-many-requests':
    case 'limit-exceeded':
      return 'Too many attempts. Wait a minute, then try again.';
    case 'network':
      return "Couldn't reach the sign-in service. Check your connection and try again.";
    case 'internal-error':
      return 'The sign-in service had a problem. Try again in a moment.';
    case 'resource-not-found':
    case 'invalid-parameter':
    case 'invalid-pool-configuration':
      return "Sign-in isn't set up correctly for this page (the app client or user pool). Contact the site's support.";
    case 'forbidden':
      return 'This request was blocked. If it keeps happening, contact support.';
    case 'user-not-found':
    case 'not-authorized':
    case 'mfa-not-enabled':
    case 'unknown':
      return 'Something went wrong while signing in. Try again.';
    default:
      return kind satisfies never;
  }
}
