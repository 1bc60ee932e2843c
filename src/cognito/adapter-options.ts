import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/** Where the Cognito client comes from. */
export type ClientSource =
  | {
      /** A client the host made (its own region, endpoint, middleware). */
      client: CognitoIdentityProviderClient;
      /** Not with `client`: the client already has its region. */
      region?: never;
      /** Not with `client`: the client already has its endpoint. */
      endpoint?: never;
    }
  | {
      /** Not with `region`: give one or the other. */
      client?: never;
      /** The user pool's AWS Region; the wizard makes an unsigned client for it. */
      region: string;
      /** Another endpoint than AWS's, e.g. a local Cognito emulator. */
      endpoint?: string | undefined;
    };

/** Session mode: the user is in the middle of signing in and Cognito asked for MFA_SETUP. */
export interface SessionModeInputs {
  /** The `Session` from the challenge whose `ChallengeName` is "MFA_SETUP". */
  session: string;
  /** The user's username (the `USERNAME` challenge response). */
  username: string;
  /** The app client id; RespondToAuthChallenge needs it. */
  clientId: string;
  /** The SECRET_HASH, only for app clients that have a client secret. */
  secretHash?: string | undefined;
  /**
   * The app client's AuthSessionValidity in minutes (3 to 15). Default 3. A value outside 3 to 15 is
   * brought to the nearer bound (no app client can have another); anything that is not a finite
   * number means the default. It never throws.
   */
  sessionValidityMinutes?: number | undefined;
  /** When Cognito issued the session (ms since the epoch). Default: when the wizard is first on screen. */
  sessionIssuedAt?: number | undefined;
  /** Not in session mode: a request takes a session or an access token, never both. */
  accessToken?: never;
}

/** Access-token mode: a signed-in user adds an authenticator app. */
export interface AccessTokenModeInputs {
  /** The signed-in user's Cognito access token. */
  accessToken: string;
  /** Not in access-token mode: a request takes a session or an access token, never both. */
  session?: never;
  /** Not in access-token mode: the token names the user. */
  username?: never;
  /** Not in access-token mode: nothing answers a challenge. */
  clientId?: never;
  /** Not in access-token mode: nothing answers a challenge. */
  secretHash?: never;
  /** Not in access-token mode: an access token has no session clock. */
  sessionValidityMinutes?: never;
  /** Not in access-token mode: an access token has no session clock. */
  sessionIssuedAt?: never;
}

/** One of the two ways in; `isSessionMode` tells them apart. */
export type ModeInputs = SessionModeInputs | AccessTokenModeInputs;

export type EnrollmentAdapterOptions = ClientSource & ModeInputs;
