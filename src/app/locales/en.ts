import type { PageMessages } from '../page-messages';

/** English: the page's default texts. */
export const enPage: PageMessages = {
  pageTitle: (screen, issuer) => `${screen} – ${issuer}`,
  language: 'Language',

  signInHeading: 'Sign in',
  appNeeded:
    'You may be asked to set up an authenticator app, such as Google Authenticator, Microsoft Authenticator or 1Password. ' +
    "If you don't have one on your phone yet, install it before you sign in: setup must be finished within {minutes} minutes of signing in.",
  poolLegend: 'User pool',
  usernameLabel: 'Username',
  passwordLabel: 'Password',
  usernameMissing: 'Enter your username.',
  passwordMissing: 'Enter your password.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  demoUsers: 'Demo users of this local pool:',
  demoPassword: 'password',

  newPasswordHeading: 'Choose a new password',
  newPasswordIntro: '{name}, your account was made with a temporary password. Choose your own to continue.',
  newPasswordLabel: 'New password',
  repeatPasswordLabel: 'Repeat the new password',
  passwordEmpty: 'Choose a new password.',
  passwordsDiffer: "The two passwords don't match. Type the new password again.",
  passwordRulesIntro: 'Your password needs:',
  passwordRuleLength: (minimum) => `at least ${minimum} characters`,
  passwordRuleLower: 'a lower case letter',
  passwordRuleUpper: 'an upper case letter',
  passwordRuleNumber: 'a number',
  passwordRuleSymbol: 'a symbol, such as ! ? # or %',
  continue: 'Continue',
  cancel: 'Cancel',

  totpHeading: 'Enter your code',
  totpInstructions: 'Open your authenticator app, find {issuer} ({account}) and enter the 6-digit code it shows.',
  totpDevice: 'You named this app "{device}" when you set it up.',
  checking: 'Checking…',

  enrollHeading: 'Two-step verification',
  enrollSessionIntro: 'Your account needs two-step verification before you can sign in.',
  enrollTokenIntro: 'Add a code from an authenticator app to each sign-in.',
  replaceIntro:
    'Set up your authenticator app again with a new QR code. Once you finish, the entry you have now stops working: delete it then.',
  leaveSetupQuestion: 'Leave setup?',
  setupTitle: 'Set up your authenticator app',
  setupDoneTitle: 'Authenticator app added',
  setupFailedTitle: 'Setup stopped',

  signedInHeading: "You're signed in",
  signedInAs: 'Signed in as {name}.',
  appStatusLabel: 'Authenticator app:',
  appChecking: 'Checking…',
  appOn: 'On',
  appOff: 'Not set up',
  appUnknown: "Couldn't check",
  appCheckFailed: "The sign-in service couldn't be reached to check your authenticator app. Check your connection, then try again.",
  setUpApp: 'Set up an authenticator app',
  tryAgain: 'Try again',
  signOut: 'Sign out',
  replaceApp: 'Replace authenticator app',
  replaceQuestion: 'Replace your authenticator app?',
  replaceEffect:
    "You'll scan a new QR code, for a phone or app of your choice. Once you finish, the entry you have now stops working: delete it then.",
  turnOffApp: 'Turn off',
  turnOffQuestion: 'Turn off your authenticator app?',
  turnOffEffect:
    "Signing in will no longer ask for a code, which makes your account easier to break into. The app's entry for this account stops working: delete it.",
  turningOff: 'Turning off…',
  keepApp: 'Keep it',

  configProblemHeading: "This page isn't set up yet",
  configProblemBody:
    "It needs the user pool's Region, its id and an app client id: either in config.json beside index.html (at the site's base path, whatever the page's address), or as VITE_COGNITO_* variables at build time. The README says how.",

  restartNotice: {
    'session-expired':
      'Setup has to be finished within a few minutes of signing in, and that time ran out. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
    'session-used':
      'That setup session was already used. Sign in again to get a new QR code. If you already added this account to your authenticator app, delete that entry first.',
    'session-invalid': 'That setup session is no longer valid. Sign in again to start setup over.',
    'not-authorized': 'You were signed out before the authenticator app was added. Sign in again to add it.',
  },
  unsupportedChallenge: "This account needs a sign-in step this page doesn't offer ({challenge}). Use the app's main sign-in.",
  signedOut: "You're signed out.",
  signedOutNotRevoked:
    "You're signed out on this device, but the sign-in service couldn't be told, so your sign-in may stay valid elsewhere until it expires (within an hour).",
  enrolledNotice: 'Authenticator app added. From now on, signing in asks for a code from it.',
  replacedNotice: 'Authenticator app replaced. Only the new entry works now: delete the old one from your app.',
  turnedOffNotice: 'Authenticator app turned off. Signing in no longer asks for a code.',
  restoredFromHistory:
    'You came back to this page with Back or Forward. To keep your account safe it forgot your sign-in and any setup in progress. Sign in again.',

  wrongCredentials: 'The username or password is not right. Check them and try again.',
  passwordRejected: "That password doesn't meet the requirements listed above. Choose another one.",
  passwordReused: "You've used that password before. Choose one you haven't used with this account.",
  sessionLost: 'Your sign-in took too long and has to start over. Sign in again.',
  passwordResetRequired: 'This account needs a new password. Reset your password, then sign in.',
  setupProblem: "Sign-in isn't set up correctly for this page (the app client or user pool). Contact the site's support.",
  authFlowNotEnabled:
    "Sign-in isn't set up correctly for this page: its app client doesn't allow {flow}. Turn on ALLOW_{flow} in the app client's authentication flows, or set the page's authFlow to one the app client allows. Contact the site's support.",
  somethingWentWrong: 'Something went wrong while signing in. Try again.',
};
