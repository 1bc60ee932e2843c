import type { Messages } from '../messages';

// An entry left from an earlier setup has an old key, whose codes never match; a phone whose clock is
// off shows codes for another time.
const retype = "Use this account's newest entry in your app, and check that the time on your phone is set automatically.";

/** English: the wizard's default texts. */
export const enMessages: Messages = {
  lang: 'en',
  setupHeading: 'Set up your authenticator app',
  creatingKey: 'Creating your key…',
  issuerLabel: 'Service',
  accountLabel: 'Account',
  instructions: [
    'Open an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or 1Password.',
    "Add an account in the app and scan this QR code. If you can't scan it, type the key instead.",
    'Enter the 6-digit code the app shows for this account.',
  ],
  phoneInstructions: [
    'Tap "Open in authenticator app". No app yet? Install one first, such as Google Authenticator, Microsoft Authenticator or 1Password.',
    'Add the account in the app.',
    'Come back here and enter the 6-digit code the app shows.',
  ],
  qrLabel: (issuer, accountName) => `QR code for ${issuer} (${accountName})`,
  showKey: "Can't scan it? Show the key",
  showKeyOnPhone: "Can't open it? Show the key",
  hideKey: 'Hide the key',
  scanWithAnotherDevice: 'Scan with another device',
  hideQr: 'Hide the QR code',
  keyHint: 'In your app, choose to enter a setup key, and pick "time-based" if asked.',
  copyKey: 'Copy key',
  copied: 'Copied',
  copyFailed: "Copying didn't work. The key is selected: copy it with your keyboard or menu.",
  openInApp: 'Open in authenticator app',
  codeLabel: '6-digit code',
  codeHint: 'The code changes every 30 seconds. Spaces and dashes are fine.',
  deviceNameLabel: 'Device name (optional)',
  deviceNameHint: 'A name that helps you recognise this phone later.',
  deviceNamePlaceholder: 'For example: Work phone',
  verify: 'Verify',
  verifying: 'Checking your code…',
  completing: 'Finishing setup…',
  cancel: 'Cancel',
  cancelQuestion: 'Stop setting up your authenticator app?',
  cancelEffect:
    "If you already added this account to your authenticator app, that entry won't work: delete it. " +
    "Next time, you'll get a new QR code.",
  cancelEffectUncertain:
    "Your last code may have been accepted. If you're asked for a code when you next sign in, use the entry you just added. " +
    "If you're shown a new QR code instead, delete that entry first.",
  cancelEffectAdded: "Your code was accepted, so keep the app's entry: you'll be asked for its code when you next sign in.",
  keepSettingUp: 'Keep setting up',
  confirmCancel: 'Stop setup',
  timeLeft: (time) => `Time left to finish setup: ${time}`,
  sessionRunningOut: "Less than a minute left to finish. If time runs out, you'll need to sign in again and scan a new QR code.",
  codeNotSent: "Time ran out before your code was sent, so it wasn't checked.",
  doneHeading: 'Authenticator app added',
  doneBody: 'Next time you sign in, enter the code from your authenticator app.',
  noBackupCodes:
    "Keep the app's entry: there are no backup codes. If you lose your phone or delete the entry, " +
    "you won't be able to sign in on your own and will need support to reset it.",
  lostPhoneHelp: 'What to do if you lose your phone',
  opensInNewTab: '(opens in a new tab)',
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

  'error:code-mismatch': `That code didn't match. ${retype}`,
  'error:enable-mfa-failed': `That code wasn't accepted, so the app wasn't added yet. ${retype}`,
  'error:code-already-used': 'That code has already been used. Wait for the app to show a new code, then enter it.',
  'error:session-expired':
    "The time to finish setup ran out, and it can't be extended. Sign in again to get a new QR code. " +
    "If you already added this account to your authenticator app, delete that entry: it won't work.",
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

