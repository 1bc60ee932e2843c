import {
  confirmSignIn,
  setUpTOTP,
  updateMFAPreference,
  verifyTOTPSetup,
  type ConfirmSignInOutput,
  type SignInOutput,
} from 'aws-amplify/auth';
import {
  keyFromCognito,
  sessionDeadline,
  sessionValidityMinutes,
  type CompletionOutcome,
  type EnrollmentAdapter,
  type WizardOperation,
} from '../core';
import { mapAmplifyError } from './amplify-errors';

/** The Amplify Auth functions the adapters call (the real ones unless a test gives its own). */
export interface AmplifyAuth {
  confirmSignIn: typeof confirmSignIn;
  setUpTOTP: typeof setUpTOTP;
  verifyTOTPSetup: typeof verifyTOTPSetup;
  updateMFAPreference: typeof updateMFAPreference;
}

const amplifyAuth: AmplifyAuth = { confirmSignIn, setUpTOTP, verifyTOTPSetup, updateMFAPreference };

/** What `onComplete` gets after the sign-in step: Amplify's answer, whose `nextStep` says what comes next (usually DONE). */
export type AmplifyTotpSetupOutcome = { mode: 'session' } & ConfirmSignInOutput;

/** The sign-in step Amplify's signIn (or confirmSignIn) answered with. */
type TotpSetupStep = Extract<SignInOutput['nextStep'], { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' }>;

export interface AmplifyTotpSetupOptions {
  /**
   * When Amplify's signIn answered (ms since the epoch), for the session clock. Default: when the
   * wizard is first on screen.
   */
  sessionIssuedAt?: number | undefined;
  /** The app client's AuthSessionValidity in minutes (3 to 15). Default 3. */
  sessionValidityMinutes?: number | undefined;
  /** Amplify's functions; for tests. */
  auth?: AmplifyAuth | undefined;
}

/**
 * The sign-in step CONTINUE_SIGN_IN_WITH_TOTP_SETUP: Amplify has already made the key and holds the
 * sign-in session, so there is no second AssociateSoftwareToken. The code goes to `confirmSignIn`,
 * which verifies it and answers MFA_SETUP in one call; a wrong code can be tried again on the same
 * step. `onComplete` gets Amplify's answer (`nextStep`, usually DONE).
 */
export function amplifyTotpSetupAdapter(
  step: TotpSetupStep,
  { sessionIssuedAt, sessionValidityMinutes: minutes, auth = amplifyAuth }: AmplifyTotpSetupOptions = {},
): EnrollmentAdapter<AmplifyTotpSetupOutcome> {
  let answer: ConfirmSignInOutput | undefined;
  return {
    mode: 'session',
    // confirmSignIn verifies and answers MFA_SETUP together: once it succeeded, the app counts; and
    // Amplify's session can make no second key.
    traits: { verifiedMeansEnrolled: true, canReplaceKey: false },
    session: { validityMs: sessionDeadline(0, sessionValidityMinutes(minutes)), issuedAt: sessionIssuedAt },
    associate: () => Promise.resolve({ secret: keyFromCognito(step.totpSetupDetails.sharedSecret) }),
    async verify(code, deviceName) {
      answer = await amplifyCall('verify', 'session', () =>
        auth.confirmSignIn({ challengeResponse: code, options: { friendlyDeviceName: deviceName } }),
      );
      return {};
    },
    complete() {
      if (!answer) return Promise.reject(new Error('complete() before a code was verified'));
      return Promise.resolve({ mode: 'session', ...answer });
    },
  };
}

export interface AmplifySignedInOptions {
  /** Amplify's functions; for tests. */
  auth?: AmplifyAuth | undefined;
}

/**
 * A user signed in with Amplify adds an authenticator app: `setUpTOTP`, then `verifyTOTPSetup` with the
 * device name, then `updateMFAPreference({ totp: 'PREFERRED' })`.
 */
export function amplifySignedInAdapter({ auth = amplifyAuth }: AmplifySignedInOptions = {}): EnrollmentAdapter<CompletionOutcome> {
  return {
    mode: 'accessToken',
    traits: { verifiedMeansEnrolled: 'unknown', canReplaceKey: true },
    async associate() {
      const details = await amplifyCall('associate', 'access-token', () => auth.setUpTOTP());
      return { secret: keyFromCognito(details.sharedSecret) };
    },
    async verify(code, deviceName) {
      await amplifyCall('verify', 'access-token', () =>
        auth.verifyTOTPSetup({ code, options: { friendlyDeviceName: deviceName } }),
      );
      return {};
    },
    async complete() {
      await amplifyCall('complete', 'access-token', () => auth.updateMFAPreference({ totp: 'PREFERRED' }));
      return { mode: 'accessToken' };
    },
  };
}

/**
 * One Amplify call, its failures sorted into EnrollmentErrors. Amplify takes no abort signal or
 * deadline: the wizard's own deadline decides, and an answer after it is no longer waited for.
 */
async function amplifyCall<T>(
  operation: WizardOperation,
  credential: 'session' | 'access-token',
  request: () => Promise<T>,
): Promise<T> {
  try {
    return await request();
  } catch (reason) {
    throw mapAmplifyError(reason, operation, credential);
  }
}
