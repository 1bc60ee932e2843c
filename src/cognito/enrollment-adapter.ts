import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CompletionOutcome, EnrollmentMode } from '../core';

/** The key Cognito made for this enrollment, and (session mode) the session to use next. */
export interface Association {
  /** The base32 key (Cognito's SecretCode), opaque and of varying length. Never log it. */
  secretCode: string;
  /** Session mode: the session for Verify (Associate spent the one it was given). Absent in access-token mode. */
  session?: string | undefined;
}

/**
 * The three calls of an enrollment, the same for both modes. Every method rejects with an
 * `EnrollmentError` whose `error.kind` says what went wrong.
 */
export interface EnrollmentAdapter {
  readonly mode: EnrollmentMode;
  /** AssociateSoftwareToken: a new key. Calling it again makes a different key. */
  associate(): Promise<Association>;
  /** VerifySoftwareToken with the user's code; session mode returns the session for `complete`. */
  verify(code: string, deviceName?: string, session?: string): Promise<{ session?: string | undefined }>;
  /** Session mode: answers MFA_SETUP and returns the tokens. Access-token mode: makes TOTP the preferred MFA. */
  complete(session?: string): Promise<CompletionOutcome>;
}

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
}

/** One of the two ways in; `isSessionMode` tells them apart. */
export type ModeInputs = SessionModeInputs | AccessTokenModeInputs;

export type EnrollmentAdapterOptions = ClientSource & ModeInputs;
