import { enMessages, type AuthFlow, type SignInErrorKind } from 'cognito-mfa-wizard';
import { fillText } from './fill';
import type { LanguageTexts } from './languages';
import { enPage } from './locales/en';
import type { Notice } from './page-reducer';

type Texts = Pick<LanguageTexts, 'page' | 'wizard'>;
const english: Texts = { page: enPage, wizard: enMessages };

/** Why the user is back at the sign-in form after a restart, in English (the tests' words). */
export const restartNotice = enPage.restartNotice;
/** Back at sign-in after the code was verified: the app's entry counts and must be kept (the wizard's words). */
export const enrolledRestartNotice = enMessages.verifiedRestart;
/** Back at sign-in when a code may or may not have been registered (its answer was lost). */
export const uncertainRestartNotice = enMessages.uncertainRestart;

/**
 * The sign-in errors the page shows, one for each thing the user can do about it.
 * Where the wizard's words fit a sign-in as well (codes, throttling, the network) they are reused.
 */
export function signInErrorText(
  kind: SignInErrorKind,
  authFlow: AuthFlow = 'USER_SRP_AUTH',
  { page, wizard }: Texts = english,
): string {
  switch (kind) {
    case 'auth-flow-not-enabled':
      return fillText(page.authFlowNotEnabled, { flow: authFlow });
    case 'wrong-credentials':
      return page.wrongCredentials;
    case 'password-rejected':
      return page.passwordRejected;
    case 'session-expired':
    case 'session-used':
    case 'session-invalid':
      return page.sessionLost;
    case 'password-reused':
      return page.passwordReused;
    case 'password-reset-required':
      return page.passwordResetRequired;
    case 'resource-not-found':
    case 'invalid-parameter':
    case 'invalid-pool-configuration':
      return page.setupProblem;
    case 'user-not-found':
    case 'not-authorized':
    case 'mfa-not-enabled':
    case 'missing-session':
    case 'unknown':
      return page.somethingWentWrong;
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
      return wizard[`error:${kind}`];
    default:
      return kind satisfies never;
  }
}

/** What a notice on the sign-in form or the signed-in page says. */
export function noticeText(notice: Notice, { page, wizard }: Texts = english): string {
  switch (notice.kind) {
    case 'restart':
      // Whether the app's entry already counts decides what to do with it; the notice must not guess
      // (the wizard's words for both).
      if (notice.enrolled === 'unknown') return wizard.uncertainRestart;
      return notice.enrolled ? wizard.verifiedRestart : page.restartNotice[notice.reason];
    case 'session-lost':
      return signInErrorText(notice.error, undefined, { page, wizard });
    case 'unsupported-challenge':
      return fillText(page.unsupportedChallenge, { challenge: notice.challenge });
    case 'signed-out':
      return notice.revoked === 'no' ? page.signedOutNotRevoked : page.signedOut;
    case 'enrolled':
      return page.enrolledNotice;
    case 'replaced':
      return page.replacedNotice;
    case 'turned-off':
      return page.turnedOffNotice;
    case 'restored-from-history':
      return page.restoredFromHistory;
    default:
      return notice satisfies never;
  }
}
