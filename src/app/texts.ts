import { defaultMessages, type AuthFlow, type RestartReason, type SignInErrorKind } from 'cognito-mfa-wizard';
import type { Notice } from './page-reducer';

/** Why the user is back at the sign-in form, in the words the page shows. */
export const restartNotice: Record<RestartReason, string> = {
  'session-expired':
    'Setup has to be finished within a few minutes of signing in, and that time ran out. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
  'session-used':
    'That setup session was already used. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
  'session-invalid': 'That setup session is no longer valid. Sign in again to start setup over.',
  'not-authorized': 'You were signed out before the authenticator app was added. Sign in again to add it.',
};

/** Back at sign-in after the code was verified: the app's entry counts and must be kept (the wizard's words). */
export const enrolledRestartNotice = defaultMessages.verifiedRestart;

/** Back at sign-in when a code may or may not have been registered (its answer was lost). */
export const uncertainRestartNotice = defaultMessages.uncertainRestart;

/**
 * The sign-in errors the page shows, one for each thing the user can do about it.
 * Where the wizard's words fit a sign-in as well (codes, throttling, the network) they are reused.
 */
export function signInErrorText(kind: SignInErrorKind, authFlow: AuthFlow = 'USER_SRP_AUTH'): string {
  switch (kind) {
    case 'auth-flow-not-enabled':
      return `Sign-in isn't set up correctly for this page: its app client doesn't allow ${authFlow}. Turn on ALLOW_${authFlow} in the app client's authentication flows, or set the page's authFlow to one the app client allows. Contact the site's support.`;
    case 'wrong-credentials':
      return 'The username or password is not right. Check them and try again.';
    case 'password-rejected':
      return "That password doesn't meet the requirements. Choose a longer one with upper and lower case letters, a number and a symbol.";
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
      return 'Your sign-in took too long and has to start over. Sign in again.';
    case 'password-reused':
      return "You've used that password before. Choose one you haven't used with this account.";
    case 'password-reset-required':
      return 'This account needs a new password. Reset your password, then sign in.';
    case 'resource-not-found':
    case 'invalid-parameter':
    case 'invalid-pool-configuration':
      return "Sign-in isn't set up correctly for this page (the app client or user pool). Contact the site's support.";
    case 'user-not-found':
    case 'not-authorized':
    case 'mfa-not-enabled':
    case 'missing-session':
    case 'unknown':
      return 'Something went wrong while signing in. Try again.';
    case 'code-mismatch':
    case 'enable-mfa-failed':
    case 'code-already-used':
    case 'user-not-confirmed':
    case 'too-many-requests':
    case 'limit-exceeded':
    case 'network':
    case 'internal-error':
    case 'forbidden':
    case 'timeout':
    case 'operation-not-enabled':
    case 'mfa-method-not-found':
    case 'sms-configuration':
    case 'email-configuration':
    case 'alias-exists':
    case 'lambda-validation':
    case 'lambda-invalid-response':
    case 'lambda-unexpected':
    case 'concurrent-modification':
      return defaultMessages[`error:${kind}`];
    default:
      return kind satisfies never;
  }
}

/** What a notice on the sign-in form or the signed-in page says. */
export function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'restart':
      // Whether the app's entry already counts decides what to do with it; the notice must not guess.
      if (notice.enrolled === 'unknown') return uncertainRestartNotice;
      return notice.enrolled ? enrolledRestartNotice : restartNotice[notice.reason];
    case 'session-lost':
      return signInErrorText(notice.error);
    case 'unsupported-challenge':
      return `This account needs a sign-in step this page doesn't offer (${notice.challenge}). Use the app's main sign-in.`;
    case 'signed-out':
      return notice.revoked === 'no'
        ? "You're signed out on this device, but the sign-in service couldn't be told, so your sign-in may stay valid elsewhere until it expires (within an hour)."
        : "You're signed out.";
    case 'enrolled':
      return 'Authenticator app added. From now on, signing in asks for a code from it.';
    case 'restored-from-history':
      return 'You came back to this page with Back or Forward. To keep your account safe it forgot your sign-in and any setup in progress. Sign in again.';
    default:
      return notice satisfies never;
  }
}
