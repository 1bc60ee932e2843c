import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  type InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuthenticationResult, WizardErrorKind } from '../core';
import { createCognitoClient } from './create-cognito-client';
import { mapSdkError } from './map-sdk-error';

/** Where a password sign-in stands after each answer from Cognito. */
export type SignInStep =
  | { kind: 'signed-in'; username: string; tokens: AuthenticationResult }
  /** The pool requires MFA and the user has none: enroll with this session (the wizard's session mode). */
  | { kind: 'mfa-setup'; username: string; session: string; issuedAt: number }
  /** The user has an authenticator app: ask for its code. */
  | { kind: 'software-token-mfa'; username: string; session: string; deviceName?: string; issuedAt: number }
  | { kind: 'new-password-required'; username: string; session: string; issuedAt: number }
  /** A challenge this page does not answer (SMS, email, a custom challenge). */
  | { kind: 'unsupported-challenge'; username: string; challenge: string };

/** The kinds of the wizard's errors, and two that only a sign-in meets. */
export type SignInErrorKind = WizardErrorKind | 'wrong-credentials' | 'password-rejected';

export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    readonly kind: SignInErrorKind,
    /** The SDK error name, for diagnostics. */
    readonly errorName: string,
  ) {
    super(`sign-in failed: ${kind}`);
  }
}

export interface SignInOptions {
  clientId: string;
  /** A client the host made; else one is made from region and endpoint. */
  client?: CognitoIdentityProviderClient;
  region?: string;
  endpoint?: string | undefined;
}

type Stage = 'password' | 'challenge';

function toSignInError(reason: unknown, stage: Stage): SignInError {
  const { kind, name } = mapSdkError(reason, 'session', 'complete').error;
  // At the password, Cognito answers NotAuthorized (or UserNotFound, if the pool
  // reveals it) for a wrong username or password; after that, only a session can be.
  if (stage === 'password' && (name === 'NotAuthorizedException' || name === 'UserNotFoundException')) {
    return new SignInError('wrong-credentials', name);
  }
  if (name === 'InvalidPasswordException') return new SignInError('password-rejected', name);
  return new SignInError(kind, name);
}

function stepOf(res: InitiateAuthResponse, username: string): SignInStep {
  // Cognito names the user canonically (an alias such as an email may have been typed).
  const canonical = res.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
  const issuedAt = Date.now();
  if (res.AuthenticationResult) return { kind: 'signed-in', username: canonical, tokens: res.AuthenticationResult };
  const session = res.Session ?? '';
  switch (res.ChallengeName) {
    case 'MFA_SETUP': {
      const canSetUp = JSON.parse(res.ChallengeParameters?.MFAS_CAN_SETUP ?? '[]') as unknown;
      return Array.isArray(canSetUp) && canSetUp.includes('SOFTWARE_TOKEN_MFA')
        ? { kind: 'mfa-setup', username: canonical, session, issuedAt }
        : { kind: 'unsupported-challenge', username: canonical, challenge: 'MFA_SETUP' };
    }
    case 'SOFTWARE_TOKEN_MFA': {
      const deviceName = res.ChallengeParameters?.FRIENDLY_DEVICE_NAME;
      return { kind: 'software-token-mfa', username: canonical, session, issuedAt, ...(deviceName ? { deviceName } : {}) };
    }
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password-required', username: canonical, session, issuedAt };
    default:
      return { kind: 'unsupported-challenge', username: canonical, challenge: res.ChallengeName ?? 'unknown' };
  }
}

/**
 * A password sign-in (USER_PASSWORD_AUTH) and the challenges that may follow it,
 * as the enrollment page needs them. Errors are SignInErrors, sorted by name.
 */
export function createSignIn(options: SignInOptions) {
  const client =
    options.client ?? createCognitoClient({ region: options.region ?? 'us-east-1', endpoint: options.endpoint });
  const { clientId } = options;

  async function send<T>(stage: Stage, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (reason) {
      throw toSignInError(reason, stage);
    }
  }

  const respond = (challenge: string, session: string, responses: Record<string, string>, username: string) =>
    send('challenge', () =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: clientId,
          ChallengeName: challenge as 'SOFTWARE_TOKEN_MFA',
          Session: session,
          ChallengeResponses: { USERNAME: username, ...responses },
        }),
      ),
    ).then((res) => stepOf(res, username));

  return {
    signIn: (username: string, password: string) =>
      send('password', () =>
        client.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: clientId,
            AuthParameters: { USERNAME: username, PASSWORD: password },
          }),
        ),
      ).then((res) => stepOf(res, username)),

    answerSoftwareTokenMfa: (step: { username: string; session: string }, code: string) =>
      respond('SOFTWARE_TOKEN_MFA', step.session, { SOFTWARE_TOKEN_MFA_CODE: code }, step.username),

    setNewPassword: (step: { username: string; session: string }, newPassword: string) =>
      respond('NEW_PASSWORD_REQUIRED', step.session, { NEW_PASSWORD: newPassword }, step.username),

    /** Whether the signed-in user already has an authenticator app. */
    hasAuthenticatorApp: (accessToken: string) =>
      send('challenge', () => client.send(new GetUserCommand({ AccessToken: accessToken }))).then(
        (user) => user.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') ?? false,
      ),

    /** Ends this device's sign-in: the refresh token (and tokens issued from it) stop working. */
    signOut: (refreshToken: string) =>
      send('challenge', () => client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }))).then(
        () => undefined,
      ),

    /** The client, for the wizard to share. */
    client,
  };
}

export type SignIn = ReturnType<typeof createSignIn>;
