import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { generateSecret, verify as verifyTotp } from 'cognito-local/lib/services/totp.js';
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { checkAccessToken } from './access-token.ts';
import {
  CognitoError,
  enableSoftwareTokenMfaFailed,
  invalidParameter,
  notAuthorized,
  SESSION_MESSAGES,
} from './errors.ts';
import { checkAccessTokenFormat, checkSession, checkTokenOrSession, checkUserCode } from './input-checks.ts';
import type { SessionStore } from './sessions.ts';

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

const SOFTWARE_TOKEN_MFA = 'SOFTWARE_TOKEN_MFA';

const hasMfa = (user: User) => (user.MFAOptions ?? []).length > 0 || (user.UserMFASettingList ?? []).length > 0;

/** The route cognito-local has for a target, with one fault renamed the way Cognito names it. */
const renamingCodeMismatch =
  (route: Route): Route =>
  async (ctx, req) => {
    try {
      return await route(ctx, req);
    } catch (error) {
      if (error instanceof CognitoError && error.code === 'CodeMismatchException') throw enableSoftwareTokenMfaFailed();
      throw error;
    }
  };

/**
 * Adds to cognito-local what it lacks for this project: the MFA_SETUP sign-in
 * challenge with Cognito's session rules, the API reference's input checks, real
 * access-token checks and Cognito's error names. Every other target is its own.
 */
export function withSessionFlow(
  router: Router,
  services: Services,
  sessions: SessionStore,
  validity: SessionValidity,
): Router {
  const { cognito, clock, tokenGenerator } = services;

  const userOf = async (ctx: Parameters<Route>[0], userPoolId: string, username: string) => {
    const pool = await cognito.getUserPool(ctx, userPoolId);
    const user = await pool.getUserByUsername(ctx, username);
    if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
    return { pool, user };
  };

  /** The MFA_SETUP challenge, when the pool requires MFA and the user has none yet. */
  const mfaSetupFor = async (ctx: Parameters<Route>[0], clientId: string, username: string) => {
    const client = await cognito.getAppClient(ctx, clientId);
    if (!client) return undefined;
    const pool = await cognito.getUserPoolForClientId(ctx, clientId);
    const user = await pool.getUserByUsername(ctx, username);
    if (pool.options.MfaConfiguration !== 'ON' || !user || hasMfa(user)) return undefined;
    const challenge = {
      ChallengeName: 'MFA_SETUP',
      ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify([SOFTWARE_TOKEN_MFA]) },
      Session: sessions.issue(
        { stage: 'challenge', userPoolId: pool.options.Id, clientId: client.ClientId, username: user.Username },
        validity.of(client.ClientId),
      ),
    };
    return { user, challenge };
  };

  const routes: Record<string, Route> = {
    async InitiateAuth(ctx, req) {
      // Only the case cognito-local refuses (MFA required, none set up) is ours; every
      // other answer, wrong passwords and unconfirmed users included, stays its own.
      if (req?.AuthFlow === 'USER_PASSWORD_AUTH' && typeof req.ClientId === 'string') {
        const username: unknown = req.AuthParameters?.USERNAME;
        const setup = typeof username === 'string' ? await mfaSetupFor(ctx, req.ClientId, username) : undefined;
        if (setup && setup.user.UserStatus === 'CONFIRMED' && setup.user.Password === req.AuthParameters?.PASSWORD) {
          return setup.challenge;
        }
      }
      try {
        return await router('InitiateAuth')(ctx, req);
      } catch (error) {
        // Cognito does not tell a wrong password from an unknown user.
        if (error instanceof CognitoError && error.code === 'InvalidPasswordException') {
          throw notAuthorized('Incorrect username or password.');
        }
        throw error;
      }
    },

    async AssociateSoftwareToken(ctx, req) {
      if (checkTokenOrSession(req) === 'accessToken') {
        checkAccessToken(req.AccessToken);
        return router('AssociateSoftwareToken')(ctx, req);
      }
      const session = sessions.get(req.Session);
      if (session.stage === 'verified') throw notAuthorized(SESSION_MESSAGES.invalid);
      sessions.consume(req.Session);
      const secret = generateSecret();
      return {
        SecretCode: secret,
        Session: sessions.issue({ ...session, stage: 'associated', secret }, validity.of(session.clientId)),
      };
    },

    async VerifySoftwareToken(ctx, req) {
      checkUserCode(req?.UserCode);
      if (checkTokenOrSession(req) === 'accessToken') {
        checkAccessToken(req.AccessToken);
        return renamingCodeMismatch(router('VerifySoftwareToken'))(ctx, req);
      }
      const session = sessions.get(req.Session);
      if (session.stage !== 'associated' || !session.secret) throw notAuthorized(SESSION_MESSAGES.invalid);
      // A wrong code leaves the session as it was: the user may try again with it.
      if (!verifyTotp(session.secret, req.UserCode)) throw enableSoftwareTokenMfaFailed();
      const { pool, user } = await userOf(ctx, session.userPoolId, session.username);
      const methods = new Set(user.UserMFASettingList ?? []).add(SOFTWARE_TOKEN_MFA);
      await pool.saveUser(ctx, {
        ...user,
        SoftwareTokenMfaConfiguration: {
          Secret: session.secret,
          Verified: true,
          FriendlyDeviceName: typeof req.FriendlyDeviceName === 'string' ? req.FriendlyDeviceName : undefined,
        },
        UserMFASettingList: [...methods],
        PreferredMfaSetting: SOFTWARE_TOKEN_MFA,
        UserLastModifiedDate: clock.get(),
      });
      sessions.consume(req.Session);
      return {
        Status: 'SUCCESS',
        Session: sessions.issue({ ...session, stage: 'verified' }, validity.of(session.clientId)),
      };
    },

    async RespondToAuthChallenge(ctx, req) {
      if (req?.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
        // cognito-local sets the password and hands out tokens; Cognito goes on to MFA_SETUP
        // when the pool requires MFA and the user has none.
        const answer = await router('RespondToAuthChallenge')(ctx, req);
        const username: unknown = req.ChallengeResponses?.USERNAME;
        const setup = typeof username === 'string' ? await mfaSetupFor(ctx, req.ClientId, username) : undefined;
        return setup?.challenge ?? answer;
      }
      if (req?.ChallengeName !== 'MFA_SETUP') return router('RespondToAuthChallenge')(ctx, req);
      checkSession(req.Session);
      const username: unknown = req.ChallengeResponses?.USERNAME;
      if (typeof username !== 'string' || username === '') {
        throw invalidParameter('Missing required parameter USERNAME');
      }
      const session = sessions.get(req.Session);
      const { pool, user } = await userOf(ctx, session.userPoolId, session.username);
      const client = await cognito.getAppClient(ctx, req.ClientId);
      const sameUser = username === user.Username || (await pool.getUserByUsername(ctx, username))?.Username === user.Username;
      if (!client || client.ClientId !== session.clientId || !sameUser) throw notAuthorized(SESSION_MESSAGES.invalid);
      if (session.stage !== 'verified') {
        throw invalidParameter('The MFA_SETUP challenge needs a software token verified with VerifySoftwareToken first.');
      }
      sessions.consume(req.Session);
      const groups = await pool.listUserGroupMembership(ctx, user);
      const tokens = await tokenGenerator.generate(ctx, user, groups, client, req.ClientMetadata, 'Authentication');
      await pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
      return { ChallengeParameters: {}, AuthenticationResult: tokens };
    },

    async SetUserMFAPreference(ctx, req) {
      checkAccessTokenFormat(req?.AccessToken);
      checkAccessToken(req.AccessToken);
      return router('SetUserMFAPreference')(ctx, req);
    },

    // cognito-local drops AuthSessionValidity (minutes); our sessions honour it.
    CreateUserPoolClient: withAuthSessionValidity('CreateUserPoolClient'),
    UpdateUserPoolClient: withAuthSessionValidity('UpdateUserPoolClient'),
  };

  function withAuthSessionValidity(target: string): Route {
    return async (ctx, req) => {
      const minutes: unknown = req?.AuthSessionValidity;
      if (minutes !== undefined && (typeof minutes !== 'number' || minutes < 3 || minutes > 15)) {
        throw invalidParameter('AuthSessionValidity must be between 3 and 15 minutes.');
      }
      const res: { UserPoolClient?: { ClientId?: string } } = await router(target)(ctx, req);
      const clientId = res.UserPoolClient?.ClientId;
      if (clientId === undefined || typeof minutes !== 'number') return res;
      validity.set(clientId, minutes * 60 * 1000);
      return { ...res, UserPoolClient: { ...res.UserPoolClient, AuthSessionValidity: minutes } };
    };
  }

  return (target) => routes[target] ?? router(target);
}
