import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  type InitiateAuthResponse,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  classifyError,
  DEFAULT_REQUEST_TIMEOUT_MS,
  outcomeUnknownOf,
  type AuthenticationResult,
} from '../core';
import { createCognitoClient } from './create-cognito-client';
import { SignInError, type SignInErrorKind } from './sign-in-error';
import { errorFactsOf } from './map-sdk-error';
import { makeEphemeral, startSrp, type SrpEphemeral } from './srp';
import { sendCommand, type CognitoCommand } from './send-command';

/** Who is signing in: two names, because they differ in pools where an email signs in. */
interface Who {
  /** Cognito's name for the user (USER_ID_FOR_SRP, which may be an id), for the challenge answers. */
  username: string;
  /** What the user typed, to show them and to fill the form again. */
  displayName: string;
}

export { SignInError, type SignInErrorKind };

/** Where a password sign-in stands after each answer from Cognito. */
export type SignInStep = Who &
  (
    | {
        /** Signed in: no challenge left. */
        kind: 'signed-in';
        /** The tokens Cognito returned. */
        tokens: AuthenticationResult;
      }
    | {
        /** The pool requires MFA and the user has none: enroll with this session (the wizard's session mode). */
        kind: 'mfa-setup';
        /** The challenge's Session, for the wizard's `session` prop. A credential: never log it. */
        session: string;
        /** When Cognito answered (ms epoch), for the wizard's `sessionIssuedAt`. */
        issuedAt: number;
      }
    | {
        /** The user has an authenticator app: ask for its code. */
        kind: 'software-token-mfa';
        /** The challenge's Session, for the answer. A credential: never log it. */
        session: string;
        /** The name the user gave the app when enrolling (FRIENDLY_DEVICE_NAME), if any. */
        deviceName?: string;
        /** When Cognito answered (ms epoch), to show the time left. */
        issuedAt: number;
      }
    | {
        /** The user must choose a new password first. */
        kind: 'new-password-required';
        /** The challenge's Session, for the answer. A credential: never log it. */
        session: string;
        /** When Cognito answered (ms epoch), to show the time left. */
        issuedAt: number;
      }
    | {
        /** A challenge this page does not answer (SMS, email, a custom challenge). */
        kind: 'unsupported-challenge';
        /** Cognito's ChallengeName. */
        challenge: string;
      }
  );

/** How the password is proven: SRP (the default of real app clients; the password stays here) or sent. */
export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';

export type SignInOptions = {
  /** The app client id: a client without a secret that allows the flow (ALLOW_USER_SRP_AUTH by default). */
  clientId: string;
  /**
   * USER_SRP_AUTH (the default) proves the password without sending it; USER_PASSWORD_AUTH
   * sends it to Cognito (the app client must allow ALLOW_USER_PASSWORD_AUTH).
   */
  authFlow?: AuthFlow | undefined;
  /** The user pool id (e.g. "eu-west-1_AbC123"): SRP hashes its name part. Needed for USER_SRP_AUTH. */
  userPoolId?: string | undefined;
  /** How long each request may take, in ms, before it fails with kind `timeout`. Default 20 s. */
  requestTimeoutMs?: number | undefined;
} & (
  | { /** A client the host made. */ client: CognitoIdentityProviderClient }
  | {
      /** The user pool's AWS Region; an unsigned client is made for it. */
      region: string;
      /** Another endpoint than AWS's, e.g. a local Cognito emulator. */
      endpoint?: string | undefined;
    }
);

/** What a request is for, which decides how its errors read. */
type Stage = 'password' | 'challenge' | 'account';

function toSignInError(reason: unknown, stage: Stage): SignInError {
  const facts = errorFactsOf(reason);
  const { name } = facts;
  const unknown = outcomeUnknownOf(facts);
  // At the password, Cognito answers NotAuthorized (or UserNotFound, if the pool
  // reveals it) for a wrong username or password; after that, only a session can be.
  if (stage === 'password' && (name === 'NotAuthorizedException' || name === 'UserNotFoundException')) {
    return new SignInError('wrong-credentials', name);
  }
  // Well-formed input from this module is refused at the password only for a flow the app client lacks.
  if (stage === 'password' && name === 'InvalidParameterException') return new SignInError('auth-flow-not-enabled', name);
  if (name === 'InvalidPasswordException') return new SignInError('password-rejected', name);
  if (name === 'PasswordHistoryPolicyViolationException') return new SignInError('password-reused', name);
  // With a signed-in user's token, NotAuthorized means the token, not a session.
  return new SignInError(classifyError(facts, stage === 'account' ? 'access-token' : 'session'), name, unknown);
}

/** MFAS_CAN_SETUP is a JSON-encoded string; anything unreadable offers nothing this page can set up. */
function offersTotp(mfasCanSetUp: string | undefined): boolean {
  try {
    // Stryker disable next-line StringLiteral: no parameter offers nothing either way: '[]' lists no method, anything else does not parse.
    const methods: unknown = JSON.parse(mfasCanSetUp ?? '[]');
    return Array.isArray(methods) && methods.includes('SOFTWARE_TOKEN_MFA');
  } catch {
    return false;
  }
}

function stepOf(res: InitiateAuthResponse, who: Who): SignInStep {
  // Cognito may name the user otherwise than typed (an email alias signs in to an id).
  const named: Who = { username: res.ChallengeParameters?.USER_ID_FOR_SRP ?? who.username, displayName: who.displayName };
  const issuedAt = Date.now();
  if (res.AuthenticationResult) return { kind: 'signed-in', ...named, tokens: res.AuthenticationResult };
  const session = res.Session;
  // A challenge is answered with its session; without one there is nothing to answer it with.
  if (!session && res.ChallengeName) throw new SignInError('missing-session', 'MissingSession', true);
  if (!session) throw new SignInError('unknown', 'MissingAuthenticationResult', true);
  switch (res.ChallengeName) {
    case 'MFA_SETUP':
      return offersTotp(res.ChallengeParameters?.MFAS_CAN_SETUP)
        ? { kind: 'mfa-setup', ...named, session, issuedAt }
        : { kind: 'unsupported-challenge', ...named, challenge: 'MFA_SETUP' };
    case 'SOFTWARE_TOKEN_MFA': {
      const deviceName = res.ChallengeParameters?.FRIENDLY_DEVICE_NAME;
      return { kind: 'software-token-mfa', ...named, session, issuedAt, ...(deviceName ? { deviceName } : {}) };
    }
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password-required', ...named, session, issuedAt };
    default:
      return { kind: 'unsupported-challenge', ...named, challenge: res.ChallengeName ?? 'unknown' };
  }
}

/** What each request of a sign-in may be given. */
export interface RequestOptions {
  /** Aborts the request when its answer is no longer wanted (the user cancelled or went elsewhere). */
  signal?: AbortSignal | undefined;
}

/**
 * A password sign-in, with SRP (USER_SRP_AUTH, the default) or the password sent
 * (USER_PASSWORD_AUTH), and the challenges that may follow it, as the enrollment page
 * needs them. Errors are SignInErrors, sorted by name. Every request has a
 * deadline; the ones that spend something (a password attempt, a challenge session, a code) are sent
 * once per call, and only reads (GetUser) are retried by the client.
 */
export function createSignIn(options: SignInOptions) {
  const client = 'client' in options ? options.client : createCognitoClient(options);
  const { clientId, authFlow = 'USER_SRP_AUTH', userPoolId } = options;
  if (authFlow === 'USER_SRP_AUTH' && !userPoolId) {
    throw new TypeError('createSignIn: USER_SRP_AUTH needs the userPoolId (or choose authFlow USER_PASSWORD_AUTH).');
  }
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  async function send<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
    stage: Stage,
    command: CognitoCommand<Input, Output>,
    { signal }: RequestOptions = {},
    once = true,
  ): Promise<Output> {
    try {
      return await sendCommand(client, command, { once, timeoutMs, signal });
    } catch (reason) {
      throw toSignInError(reason, stage);
    }
  }

  const respond = (
    challenge: 'SOFTWARE_TOKEN_MFA' | 'NEW_PASSWORD_REQUIRED',
    step: Who & { session: string },
    responses: Record<string, string>,
    request?: RequestOptions,
  ) =>
    send(
      'challenge',
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: challenge,
        Session: step.session,
        ChallengeResponses: { USERNAME: step.username, ...responses },
      }),
      request,
    ).then((res) => stepOf(res, step));

  /** The SRP arithmetic's own failures (a chunk that would not load, a malformed challenge), sorted like requests'. */
  async function compute<T>(work: () => Promise<T> | T): Promise<T> {
    try {
      return await work();
    } catch (reason) {
      throw toSignInError(reason, 'password');
    }
  }

  // The next exchange's ephemeral pair, made ahead by `prepare` (one per sign-in; never reused).
  let prepared: Promise<SrpEphemeral> | undefined;
  /** A pair made in a task of its own, not in the key press that asked for it (a modular power: milliseconds on a phone). */
  const ephemeralSoon = (): Promise<SrpEphemeral> => {
    const made = new Promise((resolve) => setTimeout(resolve, 0)).then(() => makeEphemeral());
    // A pair that could not be made is not kept: the next call tries again.
    made.catch(() => {
      if (prepared === made) prepared = undefined;
    });
    return made;
  };

  /** InitiateAuth USER_SRP_AUTH, then the PASSWORD_VERIFIER answer that proves the password without sending it. */
  async function srpSignIn(poolId: string, username: string, password: string, request?: RequestOptions): Promise<SignInStep> {
    const ephemeral = prepared;
    prepared = undefined;
    // Without a pair made ahead, one is made now: the request needs it.
    const srp = await compute(async () => startSrp(password, poolId, (await ephemeral) ?? makeEphemeral()));
    const challenge = await send(
      'password',
      new InitiateAuthCommand({ AuthFlow: 'USER_SRP_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, SRP_A: srp.srpA } }),
      request,
    );
    const who = { username: challenge.ChallengeParameters?.USER_ID_FOR_SRP ?? username, displayName: username };
    if (challenge.ChallengeName !== 'PASSWORD_VERIFIER') return stepOf(challenge, who);
    const responses = await compute(() => srp.answer(challenge.ChallengeParameters ?? {}));
    const res = await send(
      'password',
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: responses,
        ...(challenge.Session ? { Session: challenge.Session } : {}),
      }),
      request,
    );
    return stepOf(res, who);
  }

  return {
    /**
     * Gets the next sign-in ready before it is asked for: with SRP, makes the client's ephemeral pair,
     * in a task of its own (no request is sent, nothing about the user is needed). Call it while the
     * user types; calling it again before a sign-in has used the pair does nothing. Never throws: a
     * failure here is met again, and reported, by the sign-in.
     */
    prepare(): void {
      if (authFlow === 'USER_SRP_AUTH' && userPoolId && !prepared) prepared = ephemeralSoon();
    },

    signIn: (username: string, password: string, request?: RequestOptions): Promise<SignInStep> =>
      authFlow === 'USER_PASSWORD_AUTH' || !userPoolId
        ? send(
            'password',
            new InitiateAuthCommand({
              AuthFlow: 'USER_PASSWORD_AUTH',
              ClientId: clientId,
              AuthParameters: { USERNAME: username, PASSWORD: password },
            }),
            request,
          ).then((res) => stepOf(res, { username, displayName: username }))
        : srpSignIn(userPoolId, username, password, request),

    answerSoftwareTokenMfa: (step: Who & { session: string }, code: string, request?: RequestOptions) =>
      respond('SOFTWARE_TOKEN_MFA', step, { SOFTWARE_TOKEN_MFA_CODE: code }, request),

    setNewPassword: (step: Who & { session: string }, newPassword: string, request?: RequestOptions) =>
      respond('NEW_PASSWORD_REQUIRED', step, { NEW_PASSWORD: newPassword }, request),

    /** Whether the signed-in user already has an authenticator app, as Cognito says (a read: retried). */
    hasAuthenticatorApp: (accessToken: string, request?: RequestOptions) =>
      send('account', new GetUserCommand({ AccessToken: accessToken }), request, false).then(
        (user) => user.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') ?? false,
      ),

    /**
     * Turns the authenticator app off as a way to sign in (SetUserMFAPreference, TOTP disabled). Where
     * the pool's MFA is optional, sign-in then asks for no code; the app's entry stops counting.
     */
    turnOffAuthenticatorApp: (accessToken: string, request?: RequestOptions) =>
      send(
        'account',
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
        }),
        request,
      ).then(() => undefined),

    /** Ends this device's sign-in: the refresh token (and tokens issued from it) stop working. */
    signOut: (refreshToken: string, request?: RequestOptions) =>
      send('account', new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }), request, false).then(
        () => undefined,
      ),

    /** The client, for the wizard to share. */
    client,
  };
}

export type SignIn = ReturnType<typeof createSignIn>;
