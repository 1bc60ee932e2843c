import type { RestartReason } from 'cognito-mfa-wizard';

/**
 * Every text of the enrollment page, in one language (the wizard's own texts are the library's
 * `Messages`). Texts with `{name}`-style placeholders get their values where they are shown, so a
 * translation can put them anywhere in the sentence; functions take what they count.
 */
export interface PageMessages {
  /** The document's title: the screen's title and the service's name. */
  pageTitle: (screen: string, issuer: string) => string;
  /** The label of the language chooser. */
  language: string;

  signInHeading: string;
  /**
   * Before sign-in, where the pool may ask for an authenticator app: have one ready, as setup must be
   * finished within the session's minutes. Placeholder: {minutes}.
   */
  appNeeded: string;
  poolLegend: string;
  usernameLabel: string;
  passwordLabel: string;
  usernameMissing: string;
  passwordMissing: string;
  signIn: string;
  signingIn: string;
  /** The demo's users (local Cognito only). */
  demoUsers: string;
  demoPassword: string;

  newPasswordHeading: string;
  /** Placeholder: {name}, shown bold. */
  newPasswordIntro: string;
  newPasswordLabel: string;
  repeatPasswordLabel: string;
  passwordEmpty: string;
  passwordsDiffer: string;
  /** Before the list of the pool's password rules. */
  passwordRulesIntro: string;
  passwordRuleLength: (minimum: number) => string;
  passwordRuleLower: string;
  passwordRuleUpper: string;
  passwordRuleNumber: string;
  passwordRuleSymbol: string;
  continue: string;
  cancel: string;

  totpHeading: string;
  /** What the authenticator app lists for this account. Placeholders: {issuer}, {account}. */
  totpInstructions: string;
  /** The device name the user gave at setup (FRIENDLY_DEVICE_NAME). Placeholder: {device}. */
  totpDevice: string;
  checking: string;

  enrollHeading: string;
  enrollSessionIntro: string;
  enrollTokenIntro: string;
  replaceIntro: string;
  /** Browser Back during setup: the question; its effect and buttons are the wizard's Cancel texts. */
  leaveSetupQuestion: string;
  /** Titles of the enrollment screen by the wizard's step. */
  setupTitle: string;
  setupDoneTitle: string;
  setupFailedTitle: string;

  signedInHeading: string;
  /** Placeholder: {name}, shown bold. */
  signedInAs: string;
  appStatusLabel: string;
  appChecking: string;
  appOn: string;
  appOff: string;
  appUnknown: string;
  appCheckFailed: string;
  setUpApp: string;
  tryAgain: string;
  signOut: string;
  replaceApp: string;
  replaceQuestion: string;
  replaceEffect: string;
  turnOffApp: string;
  turnOffQuestion: string;
  turnOffEffect: string;
  turningOff: string;
  /** The button that goes back from a question without doing anything. */
  keepApp: string;

  configProblemHeading: string;
  configProblemBody: string;

  restartNotice: Record<RestartReason, string>;
  /** Placeholder: {challenge}. */
  unsupportedChallenge: string;
  signedOut: string;
  signedOutNotRevoked: string;
  enrolledNotice: string;
  replacedNotice: string;
  turnedOffNotice: string;
  /** The page came back from the browser's back/forward cache and forgot the sign-in. */
  restoredFromHistory: string;

  wrongCredentials: string;
  passwordRejected: string;
  passwordReused: string;
  sessionLost: string;
  passwordResetRequired: string;
  setupProblem: string;
  /** The app client does not allow the page's sign-in flow (for the operator). Placeholder: {flow}, twice. */
  authFlowNotEnabled: string;
  somethingWentWrong: string;
}
