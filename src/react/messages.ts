import type { CodeProblem, WizardErrorKind } from '../core';

/** Text shown for an error: in the alert on the setup screen, or as the failed step's message. */
type ErrorMessageKey = `error:${WizardErrorKind}`;
/** Heading of the failed step for an error that ends the enrollment. */
type ErrorHeadingKey = `errorHeading:${WizardErrorKind}`;
type CodeProblemKey = `code:${CodeProblem}`;

/**
 * All text the wizard shows or announces, in one object. Override any key through the
 * `messages` prop; functions take the values they mention.
 */
export type Messages = {
  /** Heading of the setup screen (also shown while the key is being made). */
  setupHeading: string;
  /** Status while AssociateSoftwareToken runs. */
  creatingKey: string;
  /** Label before the issuer (service) name. */
  issuerLabel: string;
  /** Label before the account name. */
  accountLabel: string;
  /** The numbered instructions, in order. */
  instructions: readonly string[];
  /** Text alternative of the QR code. */
  qrLabel: (issuer: string, accountName: string) => string;
  /** The disclosure button that reveals the key. */
  showKey: string;
  /** Says how to type the key into an app. */
  keyHint: string;
  /** The copy button. */
  copyKey: string;
  /** Status after the key was copied. */
  copied: string;
  /** Status when the clipboard refused; the key is then selected. */
  copyFailed: string;
  /** The link that opens the otpauth URI on a phone. */
  openInApp: string;
  /** Label of the code field. */
  codeLabel: string;
  /** Hint under the code field. */
  codeHint: string;
  /** Label of the device name field. */
  deviceNameLabel: string;
  /** Hint under the device name field. */
  deviceNameHint: string;
  /** The device name the field starts with when the host gives none. */
  defaultDeviceName: string;
  /** The submit button. */
  verify: string;
  /** Status while the code is checked. */
  verifying: string;
  /** Status while the enrollment is completed. */
  completing: string;
  /** The cancel button (shown when the host gives onCancel). */
  cancel: string;
  /** Session clock, e.g. "2:41 left". */
  timeLeft: (clock: string) => string;
  /** Announced once when less than a minute of the session is left. */
  sessionRunningOut: string;
  /** Heading of the done step. */
  doneHeading: string;
  /** Body of the done step. */
  doneBody: string;
  /** Button that asks the host to sign the user in again (shown when the host gives onRestart). */
  signInAgain: string;
  /** Button that sends the failed request again. */
  tryAgain: string;
  /** Button that asks Cognito for a new key (access-token mode, after Cognito refused the key held). */
  newKey: string;
  /**
   * The failed step's text when a new key is the way forward (access-token mode, in place of
   * `error:invalid-parameter`). It says to delete the entry already added, which the new key replaces.
   */
  newKeyNeeded: string;
  /**
   * The failed step's text when the user must sign in again after Cognito had accepted their code
   * (in place of `error:<kind>`): the app's entry is registered, so it must be kept, not deleted.
   */
  verifiedRestart: string;
  /**
   * The failed step's text when the user must sign in again and Cognito may or may not have registered
   * the app's entry (in place of `error:<kind>`): a Verify's answer was lost, or in access-token mode a
   * verified code could not be made the preferred MFA. It tells the user what to do in either case.
   */
  uncertainRestart: string;
  /**
   * On the setup screen after codes were refused again and again, where a new key can be had (a
   * signed-in user): the key may have been replaced in another tab or on another device.
   */
  newKeyOffer: string;
  /** Shown instead of the QR code when the account's names make the code too long to draw. */
  qrTooLong: string;
  /** Shown when a part of the wizard could not be drawn at all. */
  viewFailed: string;
} & Record<CodeProblemKey, string> &
  Record<ErrorMessageKey, string> &
  Record<ErrorHeadingKey, string>;

const clock = 'Check that the time on your phone is set automatically';

export const defaultMessages: Messages = {
  setupHeading: 'Set up your authenticator app',
  creatingKey: 'Creating your key…',
  issuerLabel: 'Service',
  accountLabel: 'Account',
  instructions: [
    'Open an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or 1Password.',
    "Add an account in the app and scan this QR code. If you can't scan it, type the key instead.",
    'Enter the 6-digit code the app shows for this account.',
  ],
  qrLabel: (issuer, accountName) => `QR code for ${issuer} (${accountName})`,
  showKey: "Can't scan it? Show the key",
  keyHint: 'In your app, choose to enter a setup key, and pick "time-based" if asked.',
  copyKey: 'Copy key',
  copied: 'Copied',
  copyFailed: "Copying didn't work. The key is selected: copy it with your keyboard or menu.",
  openInApp: 'Open in authenticator app',
  codeLabel: '6-digit code',
  codeHint: 'The code changes every 30 seconds. Spaces and dashes are fine.',
  deviceNameLabel: 'Device name (optional)',
  deviceNameHint: 'Helps you recognise this app later, for example "Work phone".',
  defaultDeviceName: 'Authenticator app',
  verify: 'Verify',
  verifying: 'Checking your code…',
  completing: 'Finishing setup…',
  cancel: 'Cancel',
  timeLeft: (time) => `${time} left`,
  sessionRunningOut: "Less than a minute left to finish. If time runs out, you'll need to sign in again.",
  doneHeading: 'Authenticator app added',
  doneBody: 'Next time you sign in, enter the code from your authenticator app.',
  signInAgain: 'Sign in again',
  tryAgain: 'Try again',
  newKey: 'Get a new key',
  newKeyNeeded:
    "The sign-in service didn't accept the key for this setup, so a new key is needed. " +
    'When you get it, delete any entry you already added for this account in your authenticator app, then add the new one.',
  verifiedRestart:
    'Your authenticator app was added, but your sign-in ended before setup could finish. ' +
    "Keep the app's entry for this account: sign in again and, when asked, enter the code it shows.",
  uncertainRestart:
    "Sign in again to finish. If you're then asked for a code, use the entry you just added in your authenticator app. " +
    "If you're shown a new QR code instead, delete that entry first and scan the new one.",
  newKeyOffer:
    "Still not accepted? If you started this setup in another tab or on another device, the key shown here was replaced there. " +
    'Get a new key, then delete the entry for this account from your authenticator app and add the new one.',
  qrTooLong:
    "The names for this account are too long to fit in a QR code. Add the account in your app by typing the key below instead.",
  viewFailed: 'Something went wrong while showing this step. Try again; if it keeps happening, contact support.',

  'code:empty': 'Enter the 6-digit code from your authenticator app.',
  'code:too-short': 'The code is too short: enter all 6 digits.',
  'code:too-long': 'The code is too long: enter only the 6 digits your app shows.',
  'code:not-digits': 'The code can only contain digits (0–9).',

  'error:code-mismatch': `That code didn't match. ${clock}, then enter the newest code from the app.`,
  'error:enable-mfa-failed': `That code wasn't accepted, so the app wasn't added yet. ${clock}, then enter the newest code.`,
  'error:code-already-used': 'That code has already been used. Wait for the app to show a new code, then enter it.',
  'error:session-expired': 'Your sign-in took too long and has expired. Sign in again to get a new key.',
  'error:session-used': 'This sign-in has already been used. Sign in again to continue setting up your app.',
  'error:session-invalid': 'This sign-in is no longer valid. Sign in again to continue setting up your app.',
  'error:not-authorized': "You've been signed out, or your sign-in has expired. Sign in again, then add the app.",
  // Session mode's text; access-token mode shows newKeyNeeded instead.
  'error:invalid-parameter':
    "The sign-in service didn't accept the request. Sign in again; if this keeps happening, contact support.",
  'error:resource-not-found': 'This sign-in setup no longer exists. Contact support.',
  'error:invalid-pool-configuration': 'Authenticator apps are not set up correctly for this service. Contact support.',
  'error:mfa-not-enabled': "This service doesn't allow authenticator apps yet. Contact support.",
  'error:too-many-requests': 'Too many attempts in a short time. Wait a minute, then try again.',
  'error:limit-exceeded': "You've reached the limit of attempts for now. Wait a few minutes, then try again.",
  'error:password-reset-required': 'You need to reset your password before adding an authenticator app.',
  'error:user-not-found': "We couldn't find your account. It may have been removed: contact support.",
  'error:user-not-confirmed': "Your account isn't confirmed yet. Confirm it with the code we sent you, then sign in again.",
  'error:operation-not-enabled': "This service doesn't allow this step right now. Contact support.",
  'error:mfa-method-not-found':
    "Your account has no two-step verification method the service can use. Contact support.",
  'error:sms-configuration':
    "The service can't send text messages because of a problem in its setup (not something you can fix). Contact support.",
  'error:email-configuration':
    "The service can't send email because of a problem in its setup (not something you can fix). Contact support.",
  'error:alias-exists': 'Another account already uses this email address or phone number. Contact support.',
  'error:lambda-validation':
    "The service's own checks refused this request. That's for the site's operators to fix, not you: contact support.",
  'error:lambda-invalid-response':
    "The service's own checks gave an answer it couldn't use. That's for the site's operators to fix, not you: contact support.",
  'error:lambda-unexpected':
    "The service's own checks failed on its side. Wait a moment, then try again; if it keeps happening, contact support.",
  'error:concurrent-modification': 'Your account was being changed somewhere else at the same moment. Try again.',
  'error:timeout': "The sign-in service didn't answer in time. Check your internet connection, then try again.",
  'error:internal-error': 'The sign-in service had a problem on its side. Wait a moment, then try again.',
  'error:forbidden': 'The request was blocked for security reasons. Contact support if you need help.',
  'error:network': "We couldn't reach the sign-in service. Check your internet connection, then try again.",
  'error:unknown': 'Something went wrong. Try again; if it keeps happening, contact support.',

  'errorHeading:code-mismatch': "That code didn't match",
  'errorHeading:enable-mfa-failed': "The code wasn't accepted",
  'errorHeading:code-already-used': 'That code was already used',
  'errorHeading:session-expired': 'Your sign-in has expired',
  'errorHeading:session-used': 'This sign-in has been used',
  'errorHeading:session-invalid': 'This sign-in is no longer valid',
  'errorHeading:not-authorized': 'You need to sign in again',
  'errorHeading:invalid-parameter': "The request wasn't accepted",
  'errorHeading:resource-not-found': 'Sign-in setup not found',
  'errorHeading:invalid-pool-configuration': "Authenticator apps aren't set up",
  'errorHeading:mfa-not-enabled': "Authenticator apps aren't available",
  'errorHeading:too-many-requests': 'Too many attempts',
  'errorHeading:limit-exceeded': 'Attempt limit reached',
  'errorHeading:password-reset-required': 'Reset your password first',
  'errorHeading:user-not-found': 'Account not found',
  'errorHeading:user-not-confirmed': 'Confirm your account first',
  'errorHeading:operation-not-enabled': 'Not available',
  'errorHeading:mfa-method-not-found': 'No verification method',
  'errorHeading:sms-configuration': "Text messages aren't working",
  'errorHeading:email-configuration': "Email isn't working",
  'errorHeading:alias-exists': 'Already in use',
  'errorHeading:lambda-validation': 'Refused by the service',
  'errorHeading:lambda-invalid-response': 'The service has a problem',
  'errorHeading:lambda-unexpected': 'The service had a problem',
  'errorHeading:concurrent-modification': 'Changed at the same time',
  'errorHeading:timeout': 'No answer in time',
  'errorHeading:internal-error': 'The sign-in service had a problem',
  'errorHeading:forbidden': 'Request blocked',
  'errorHeading:network': 'No connection',
  'errorHeading:unknown': 'Something went wrong',
};

/** The defaults with the host's overrides laid over them, key by key. */
export function resolveMessages(overrides: Partial<Messages> | undefined): Messages {
  if (!overrides) return defaultMessages;
  // A key given as undefined keeps its default rather than blanking the text.
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...defaultMessages, ...given };
}
