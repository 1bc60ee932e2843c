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
  AccessToken?: string | undefined;
  ExpiresIn?: number | undefined;
  TokenType?: string | undefined;
  RefreshToken?: string | undefined;
  IdToken?: string | undefined;
  NewDeviceMetadata?:
    | {
        DeviceKey?: string | undefined;
        DeviceGroupKey?: string | undefined;
      }
    | undefined;
}

/** What the adapter reports when the enrollment is complete. */
export type CompletionOutcome =
  | { mode: 'session'; authenticationResult: AuthenticationResult }
  | { mode: 'accessToken' };

/** What the host receives in `onComplete`. */
export type EnrollmentResult =
  | { mode: 'session'; authenticationResult: AuthenticationResult; friendlyDeviceName?: string }
  | { mode: 'accessToken'; friendlyDeviceName?: string };
