import type { CodeProblem, WizardErrorKind } from '../core';
import { enMessages } from './locales/en';

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
  /** The language of these texts (a BCP 47 tag), set as the wizard's `lang`. */
  lang: string;
  /** Heading of the setup screen (also shown while the key is being made). */
  setupHeading: string;
  /** Status while AssociateSoftwareToken runs. */
  creatingKey: string;
  /** Label before the issuer (service) name. */
  issuerLabel: string;
  /** Label before the account name. */
  accountLabel: string;
  /** The numbered instructions where the app is on another device than the wizard: scan the QR code. */
  instructions: readonly string[];
  /**
   * The numbered instructions on a phone (a touch screen without hover), where the app is on the same
   * device: tap `openInApp`, add the account, come back, enter the code.
   */
  phoneInstructions: readonly string[];
  /** Text alternative of the QR code. */
  qrLabel: (issuer: string, accountName: string) => string;
  /** The disclosure button that reveals the key, where the QR code is shown. */
  showKey: string;
  /** The disclosure button that reveals the key on a phone, under `openInApp`. */
  showKeyOnPhone: string;
  /** The same button once the key is shown. */
  hideKey: string;
  /** On a phone: the disclosure button that reveals the QR code, for an app on another device. */
  scanWithAnotherDevice: string;
  /** The same button once the QR code is shown. */
  hideQr: string;
  /** Says how to type the key into an app. */
  keyHint: string;
  /** The copy button. */
  copyKey: string;
  /** Status after the key was copied. */
  copied: string;
  /** Status when the clipboard refused; the key is then selected. */
  copyFailed: string;
  /** The link that opens the otpauth URI on a phone (named in `phoneInstructions`). */
  openInApp: string;
  /** Label of the code field. */
  codeLabel: string;
  /** Hint under the code field. */
  codeHint: string;
  /** Label of the device name field. */
  deviceNameLabel: string;
  /** Hint of the device name field. */
  deviceNameHint: string;
  /** Placeholder of the device name field, which starts empty unless the host gives a name. */
  deviceNamePlaceholder: string;
  /** The submit button. */
  verify: string;
  /** Status while the code is checked. */
  verifying: string;
  /** Status while the enrollment is completed. */
  completing: string;
  /** The cancel button (shown when the host gives onCancel). */
  cancel: string;
  /** Asked when Cancel is pressed after the key was shown. */
  cancelQuestion: string;
  /** What cancelling means for the entry the user may have added (nothing registered yet). */
  cancelEffect: string;
  /** The same when a lost answer leaves it open whether Cognito registered the entry. */
  cancelEffectUncertain: string;
  /** The same when the code was accepted and setup is finishing: the entry counts. */
  cancelEffectAdded: string;
  /** The button that goes back to setting up. */
  keepSettingUp: string;
  /** The button that cancels for good. */
  confirmCancel: string;
  /** Session clock, e.g. "Time left to finish setup: 2:41". */
  timeLeft: (clock: string) => string;
  /** Announced once, beside Verify, when less than a minute of the session is left. */
  sessionRunningOut: string;
  /** Said first on the failed step when the time ran out while a code was typed but not sent. */
  codeNotSent: string;
  /** Heading of the done step. */
  doneHeading: string;
  /** Body of the done step. */
  doneBody: string;
  /** On the done step: there are no backup codes, and what losing the phone means. */
  noBackupCodes: string;
  /** The link to the host's help (the `helpUrl` prop) on what to do when the phone is lost. */
  lostPhoneHelp: string;
  /** After the help link's text: the link opens in a new tab, so the enrollment or sign-in here stays as it is. */
  opensInNewTab: string;
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

/** The English texts, the defaults. Other languages: `frMessages`, `deMessages`, `esMessages` (src/react/locales). */
export const defaultMessages: Messages = enMessages;

/** The defaults with the host's overrides laid over them, key by key. */
export function resolveMessages(overrides: Partial<Messages> | undefined): Messages {
  if (!overrides) return defaultMessages;
  // A key given as undefined keeps its default rather than blanking the text.
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...defaultMessages, ...given };
}
