import { UnsupportedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { attributesToRecord, type User, type UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { appClientOf, checkAuthFlow, checkSecretHash } from './app-clients.ts';
import {
  CognitoError,
  incorrectCredentials,
  invalidParameter,
  notAuthorized,
  SESSION_MESSAGES,
} from './errors.ts';
import { checkSession } from './input-checks.ts';
import type { SessionData, SessionStore } from './sessions.ts';
import {
  claimSignature,
  clientEphemeral,
  newSalt,
  poolNameOf,
  serverEphemeral,
  sessionKey,
  signatureMatches,
  SrpInputError,
  verifierOf,
} from './srp.ts';
import type { TokenRegistry } from './tokens.ts';
import type { TotpCodes } from './totp-codes.ts';

type Ctx = Parameters<Route>[0];
type Params = Record<string, unknown>;

export const SOFTWARE_TOKEN_MFA = 'SOFTWARE_TOKEN_MFA';

/** Cognito's AuthSessionValidity per app client: 3 minutes unless set, and settable in seconds for tests. */
export class SessionValidity {
  static readonly DEFAULT_MS = 3 * 60 * 1000;
  readonly #byClient = new Map<string, number>();

  of(clientId: string): number {
    return this.#byClient.get(clientId) ?? SessionValidity.DEFAULT_MS;
  }

  set(clientId: string, ms: number): void {
    this.#byClient.set(clientId, ms);
  }
}

/** What the layer's parts share: cognito-local's services and router, and our own state. */
export interface Layer {
  services: Services;
  router: Router;
  sessions: SessionStore;
  validity: SessionValidity;
  codes: TotpCodes;
  tokens: TokenRegistry;
}

const isParams = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

const hasMfa = (user: User) =>
  (user.MFAOptions ?? []).length > 0 || (user.UserMFASettingList ?? []).length > 0;

/** The key under which a user's accepted TOTP codes are remembered. */
export const userKey = (userPoolId: string, username: string) => `${userPoolId}/${username}`;

/**
 * InitiateAuth and RespondToAuthChallenge as Cognito answers them: USER_PASSWORD_AUTH,
 * USER_SRP_AUTH (PASSWORD_VERIFIER) and REFRESH_TOKEN_AUTH, each allowed only when the
 * app client lists it, SECRET_HASH for clients with a secret, one answer for an unknown
 * user and a wrong password, and every challenge (NEW_PASSWORD_REQUIRED, MFA_SETUP,
 * SOFTWARE_TOKEN_MFA) with a session used once that expires.
 */
export function signInRoutes(layer: Layer): Record<string, Route> {
  const { services, router, sessions, validity, codes, tokens } = layer;
  const { cognito, clock, tokenGenerator } = services;

  const appClient = (ctx: Ctx, clientId: unknown) => appClientOf(cognito, ctx, clientId);

  const issue = (data: SessionData, encoding?: 'base64') => sessions.issue(data, validity.of(data.clientId), encoding);

  /** A live session of this challenge, issued to this app client, for the user the answer names. */
  const liveSession = async (ctx: Ctx, pool: UserPoolService, req: Params, challenge: SessionData['challenge'], client: AppClient) => {
    checkSession(req.Session);
    const session = sessions.get(req.Session);
    if (session.challenge !== challenge || session.clientId !== client.ClientId) throw notAuthorized(SESSION_MESSAGES.invalid);
    const responses = isParams(req.ChallengeResponses) ? req.ChallengeResponses : {};
    const username = text(responses.USERNAME);
    if (!username) throw invalidParameter('Missing required parameter USERNAME');
    checkSecretHash(client, responses.SECRET_HASH, [username, session.username]);
    const user = await pool.getUserByUsername(ctx, session.username);
    const named = username === session.username || (await pool.getUserByUsername(ctx, username))?.Username === session.username;
    if (!user || !named) throw notAuthorized(SESSION_MESSAGES.invalid);
    return { session, user, responses, token: req.Session };
  };

  const challenge = (name: SessionData['challenge'], client: AppClient, pool: UserPoolService, user: User, parameters: Params) => ({
    ChallengeName: name,
    ChallengeParameters: { USER_ID_FOR_SRP: user.Username, ...parameters },
    Session: issue({
      challenge: name,
      userPoolId: pool.options.Id,
      clientId: client.ClientId,
      username: user.Username,
      ...(name === 'MFA_SETUP' ? { stage: 'challenge' as const } : {}),
    } as SessionData),
  });

  const signInTokens = (ctx: Ctx, pool: UserPoolService, user: User, client: AppClient, metadata: unknown) =>
    tokens.signIn(ctx, tokenGenerator, pool, user, client, isParams(metadata) ? (metadata as Record<string, string>) : undefined);

  /** After the first factor: MFA to set up, a TOTP code to ask for, or tokens. */
  const afterFirstFactor = async (ctx: Ctx, pool: UserPoolService, client: AppClient, user: User, metadata: unknown) => {
    const mfa = pool.options.MfaConfiguration ?? 'OFF';
    if (mfa === 'ON' && !hasMfa(user)) {
      return challenge('MFA_SETUP', client, pool, user, { MFAS_CAN_SETUP: JSON.stringify([SOFTWARE_TOKEN_MFA]) });
    }
    if (mfa !== 'OFF' && (user.UserMFASettingList ?? []).includes(SOFTWARE_TOKEN_MFA)) {
      const deviceName = user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName;
      return challenge(SOFTWARE_TOKEN_MFA, client, pool, user, deviceName ? { FRIENDLY_DEVICE_NAME: deviceName } : {});
    }
    if (mfa !== 'OFF' && hasMfa(user)) throw new UnsupportedError('sign-in with SMS_MFA');
    return { ChallengeParameters: {}, AuthenticationResult: await signInTokens(ctx, pool, user, client, metadata) };
  };

  /** After a right password (sent, or proven with SRP). */
  const afterPassword = async (ctx: Ctx, pool: UserPoolService, client: AppClient, user: User, metadata: unknown) => {
    if (user.UserStatus === 'UNCONFIRMED') throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
    if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
      return challenge('NEW_PASSWORD_REQUIRED', client, pool, user, {
        requiredAttributes: '[]',
        userAttributes: JSON.stringify(attributesToRecord(user.Attributes)),
      });
    }
    return afterFirstFactor(ctx, pool, client, user, metadata);
  };

  const findUser = async (ctx: Ctx, pool: UserPoolService, client: AppClient, username: unknown) => {
    const user = typeof username === 'string' && username !== '' ? await pool.getUserByUsername(ctx, username) : null;
    if (user?.UserStatus === 'RESET_REQUIRED') {
      throw new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');
    }
    // Only an app client set to LEGACY tells a caller which usernames exist.
    if (!user && client.PreventUserExistenceErrors === 'LEGACY') {
      throw new CognitoError('UserNotFoundException', 'User does not exist.');
    }
    return user;
  };

  const passwordVerifier = async (ctx: Ctx, pool: UserPoolService, client: AppClient, params: Params) => {
    const username = text(params.USERNAME);
    if (!username) throw invalidParameter('Missing required parameter USERNAME');
    const srpA = text(params.SRP_A);
    if (!srpA) throw invalidParameter('Missing required parameter SRP_A');
    const user = await findUser(ctx, pool, client, username);
    checkSecretHash(client, params.SECRET_HASH, [username, user?.Username]);
    const poolName = poolNameOf(pool.options.Id);
    const userId = user?.Username ?? username;
    const salt = newSalt();
    // An unknown user gets a challenge like anyone else's, refused only at the answer.
    const verifier = verifierOf(poolName, userId, user?.Password ?? newSalt(), salt);
    const { b, B } = serverEphemeral(verifier);
    try {
      clientEphemeral(srpA, B);
    } catch (error) {
      if (error instanceof SrpInputError) throw invalidParameter(`SRP_A is not valid: ${error.message}`);
      throw error;
    }
    const secretBlock = issue(
      {
        challenge: 'PASSWORD_VERIFIER',
        userPoolId: pool.options.Id,
        clientId: client.ClientId,
        username: userId,
        A: srpA,
        b,
        B,
        verifier,
        unknownUser: !user,
      },
      'base64',
    );
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: { SALT: salt, SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: userId, USER_ID_FOR_SRP: userId },
    };
  };

  const passwordClaim = async (ctx: Ctx, pool: UserPoolService, client: AppClient, req: Params) => {
    const responses = isParams(req.ChallengeResponses) ? req.ChallengeResponses : {};
    for (const name of ['USERNAME', 'PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP']) {
      if (!text(responses[name])) throw invalidParameter(`Missing required parameter ${name}`);
    }
    const block = String(responses.PASSWORD_CLAIM_SECRET_BLOCK);
    const session = sessions.get(block);
    if (session.challenge !== 'PASSWORD_VERIFIER' || session.clientId !== client.ClientId) {
      throw notAuthorized(SESSION_MESSAGES.invalid);
    }
    const username = String(responses.USERNAME);
    checkSecretHash(client, responses.SECRET_HASH, [username, session.username]);
    // One proof per SRP exchange: right or wrong, a new sign-in starts a new one.
    sessions.consume(block);
    const poolName = poolNameOf(pool.options.Id);
    const expected = claimSignature(
      sessionKey(session.A, session.B, session.b, session.verifier),
      poolName,
      session.username,
      block,
      String(responses.TIMESTAMP),
    );
    const user = await pool.getUserByUsername(ctx, session.username);
    if (session.unknownUser || !user || username !== session.username || !signatureMatches(expected, responses.PASSWORD_CLAIM_SIGNATURE)) {
      throw incorrectCredentials();
    }
    return afterPassword(ctx, pool, client, user, req.ClientMetadata);
  };

  return {
    async InitiateAuth(ctx, req: Params) {
      const client = await appClient(ctx, req?.ClientId);
      checkAuthFlow(client, req.AuthFlow);
      const pool = await cognito.getUserPoolForClientId(ctx, client.ClientId);
      const params = isParams(req.AuthParameters) ? req.AuthParameters : {};
      switch (req.AuthFlow) {
        case 'USER_PASSWORD_AUTH': {
          const username = text(params.USERNAME);
          if (!username) throw invalidParameter('Missing required parameter USERNAME');
          const user = await findUser(ctx, pool, client, username);
          checkSecretHash(client, params.SECRET_HASH, [username, user?.Username]);
          if (!user || typeof params.PASSWORD !== 'string' || user.Password !== params.PASSWORD) throw incorrectCredentials();
          return afterPassword(ctx, pool, client, user, req.ClientMetadata);
        }
        case 'USER_SRP_AUTH':
          return passwordVerifier(ctx, pool, client, params);
        case 'REFRESH_TOKEN_AUTH':
        case 'REFRESH_TOKEN': {
          const { result } = await tokens.refresh(ctx, tokenGenerator, pool, client, params.REFRESH_TOKEN, (user) =>
            checkSecretHash(client, params.SECRET_HASH, [text(params.USERNAME), user.Username]),
          );
          return { ChallengeParameters: {}, AuthenticationResult: result };
        }
        default:
          return router('InitiateAuth')(ctx, req);
      }
    },

    async RespondToAuthChallenge(ctx, req: Params) {
      const client = await appClient(ctx, req?.ClientId);
      const pool = await cognito.getUserPoolForClientId(ctx, client.ClientId);
      switch (req.ChallengeName) {
        case 'PASSWORD_VERIFIER':
          return passwordClaim(ctx, pool, client, req);
        case 'NEW_PASSWORD_REQUIRED': {
          const { user, responses, token } = await liveSession(ctx, pool, req, 'NEW_PASSWORD_REQUIRED', client);
          const password = text(responses.NEW_PASSWORD);
          if (!password) throw invalidParameter('Missing required parameter NEW_PASSWORD');
          const updated: User = { ...user, Password: password, UserStatus: 'CONFIRMED', UserLastModifiedDate: clock.get() };
          await pool.saveUser(ctx, updated);
          sessions.consume(token);
          return afterFirstFactor(ctx, pool, client, updated, req.ClientMetadata);
        }
        case 'MFA_SETUP': {
          const { session, user, token } = await liveSession(ctx, pool, req, 'MFA_SETUP', client);
          if (session.challenge !== 'MFA_SETUP' || session.stage !== 'verified') {
            throw invalidParameter('The MFA_SETUP challenge needs a software token verified with VerifySoftwareToken first.');
          }
          sessions.consume(token);
          // The verified app was the second factor: the answer is tokens.
          return { ChallengeParameters: {}, AuthenticationResult: await signInTokens(ctx, pool, user, client, req.ClientMetadata) };
        }
        case SOFTWARE_TOKEN_MFA: {
          const { user, responses, token } = await liveSession(ctx, pool, req, SOFTWARE_TOKEN_MFA, client);
          const code = text(responses.SOFTWARE_TOKEN_MFA_CODE);
          if (!code) throw invalidParameter('Missing required parameter SOFTWARE_TOKEN_MFA_CODE');
          const secret = user.SoftwareTokenMfaConfiguration?.Verified ? user.SoftwareTokenMfaConfiguration.Secret : undefined;
          // A wrong or replayed code leaves the session as it was: the user may try again with it.
          if (!secret || !/^\d{6}$/.test(code) || !codes.accept(userKey(pool.options.Id, user.Username), secret, code)) {
            throw new CognitoError('CodeMismatchException', 'Invalid code received for user');
          }
          sessions.consume(token);
          return { ChallengeParameters: {}, AuthenticationResult: await signInTokens(ctx, pool, user, client, req.ClientMetadata) };
        }
        default:
          return router('RespondToAuthChallenge')(ctx, req);
      }
    },
  };
}
