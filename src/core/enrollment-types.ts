/** How the wizard got its right to enroll: an MFA_SETUP challenge session, or a signed-in user's access token. */
export type EnrollmentMode = 'session' | 'accessToken';

/**
 * Where the wizard is. `setup` is the one screen with the QR code, the key and the code form;
 * `verifying` and `completing` keep that screen with a busy submit button.
 */
export type WizardStep = 'associating' | 'setup' | 'verifying' | 'completing' | 'done' | 'failed';

/**
 * The tokens Cognito returns when the MFA_SETUP challenge is answered.
 * A structural twin of the SDK's `AuthenticationResultType`, so the core needs no SDK import
 * (src/cognito checks at compile time that the two stay assignable).
 */
export interface AuthenticationResult {
  /** The user's access token (a JWT), for Cognito's user APIs and the host's own. */
  AccessToken?: string | undefined;
  /** How long the access and ID tokens live, in seconds. */
  ExpiresIn?: number | undefined;
  /** The token type, "Bearer". */
  TokenType?: string | undefined;
  /** The refresh token, to get new access and ID tokens. */
  RefreshToken?: string | undefined;
  /** The user's ID token (a JWT) with the user's attributes. */
  IdToken?: string | undefined;
  /** A device Cognito starts to remember, when the pool tracks devices. */
  NewDeviceMetadata?:
    | {
        /** The device's key, for ConfirmDevice. */
        DeviceKey?: string | undefined;
        /** The device's group key, for ConfirmDevice. */
        DeviceGroupKey?: string | undefined;
      }
    | undefined;
}

/** What the built-in adapters report when the enrollment is complete. */
export type CompletionOutcome =
  | {
      /** The MFA_SETUP challenge was answered. */
      mode: 'session';
      /** The tokens RespondToAuthChallenge returned: the user is signed in. */
      authenticationResult: AuthenticationResult;
    }
  | {
      /** SetUserMFAPreference made TOTP the user's preferred MFA. */
      mode: 'accessToken';
    };

/**
 * What the host receives in `onComplete`: the adapter's outcome (for the built-in adapters, the mode
 * and in session mode the tokens that end the sign-in) and the device name the user gave.
 */
export type EnrollmentResult<Outcome = CompletionOutcome> = Outcome & {
  /** The device name sent to Cognito (FriendlyDeviceName); absent when the user left it empty. */
  friendlyDeviceName?: string;
};

/**
 * Whether Cognito has registered the authenticator app's entry for the account, so that the next
 * sign-in may ask for its code:
 * - `true`: it has (a code was verified in session mode, or the enrollment completed); keep the entry.
 * - `false`: nothing was registered; the entry the user may have added is of no use.
 * - `'unknown'`: it may have been: a Verify whose answer was lost or incomplete, or (access-token mode) a
 *   verified code whose SetUserMFAPreference failed. Whether Cognito then asks for the code depends on
 *   what it recorded; the user learns it at the next sign-in.
 */
export type Enrolled = boolean | 'unknown';
