import { isSupportedTarget } from 'cognito-local/lib/targets/Target.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import { generateSecret } from 'cognito-local/lib/services/totp.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { appClientOf, checkAuthFlow, checkSecretHash } from './app-clients.ts';
import { CognitoError, enableSoftwareTokenMfaFailed, invalidParameter, notAuthorized, SESSION_MESSAGES } from './errors.ts';
import { checkAccessTokenFormat, checkTokenOrSession, checkUserCode, checkUsername } from './input-checks.ts';
import { signInRoutes, SOFTWARE_TOKEN_MFA, userKey, type Layer } from './sign-in-flow.ts';
import { completeAuthenticationResult } from './tokens.ts';

export { SessionValidity } from './sign-in-flow.ts';

type Ctx = Parameters<Route>[0];

/** Operations that take SecretHash beside a Username, when the app client has a secret. */
const WITH_SECRET_HASH = ['SignUp', 'ConfirmSignUp', 'ForgotPassword', 'ConfirmForgotPassword', 'ResendConfirmationCode'];

/** Operations that check their AccessToken themselves, after their other input. */
const OWN_TOKEN_CHECK = new Set(['AssociateSoftwareToken', 'VerifySoftwareToken']);

/**
 * Adds to cognito-local what it lacks for this project: sign-in as Cognito does it
 * (SRP, app-client rules, challenge sessions; see sign-in-flow.ts), the MFA_SETUP
 * enrollment with its session chain, TOTP codes accepted once, refresh and revocation,
 * the API reference's input checks, and every access token checked on every
 * operation. Every other target is cognito-local's own.
 */
export function withSessionFlow(layer: Layer): { router: Router; knows: (target: string) => boolean } {
  const { services, router, sessions, validity, codes, tokens } = layer;
  const { cognito, clock } = services;

  const appClient = (ctx: Ctx, clientId: unknown) => appClientOf(cognito, ctx, clientId);

  /** The user an access token was issued to, once the token has been checked. */
  const tokenUser = async (ctx: Ctx, accessToken: string) => {
    const claims = tokens.checkAccess(accessToken);
    const pool = await cognito.getUserPoolForClientId(ctx, String(claims.client_id));
    const user = await pool.getUserByUsername(ctx, String(claims.username));
    if (!user) throw notAuthorized('User does not exist.');
    return { pool, user };
  };

  /** VerifySoftwareToken's success in both modes: the app is the user's TOTP, and preferred. */
  const registerSoftwareToken = async (ctx: Ctx, pool: UserPoolService, user: User, secret: string, deviceName: unknown) => {
    await pool.saveUser(ctx, {
      ...user,
      SoftwareTokenMfaConfiguration: {
        Secret: secret,
        Verified: true,
        FriendlyDeviceName: typeof deviceName === 'string' ? deviceName : user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName,
      },
      UserMFASettingList: [...new Set(user.UserMFASettingList ?? []).add(SOFTWARE_TOKEN_MFA)],
      PreferredMfaSetting: SOFTWARE_TOKEN_MFA,
      UserLastModifiedDate: clock.get(),
    });
  };

  const routes: Record<string, Route> = {
    ...signInRoutes(layer),

    async AssociateSoftwareToken(ctx, req) {
      if (checkTokenOrSession(req) === 'accessToken') {
        tokens.checkAccess(req.AccessToken);
        return router('AssociateSoftwareToken')(ctx, req);
      }
      const session = sessions.get(req.Session);
      if (session.challenge !== 'MFA_SETUP' || session.stage === 'verified') throw notAuthorized(SESSION_MESSAGES.invalid);
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
        const { pool, user } = await tokenUser(ctx, req.AccessToken);
        const secret = user.SoftwareTokenMfaConfiguration?.Secret;
        if (!secret) throw invalidParameter('User has not associated a software token');
        if (!codes.accept(userKey(pool.options.Id, user.Username), secret, req.UserCode)) throw enableSoftwareTokenMfaFailed();
        await registerSoftwareToken(ctx, pool, user, secret, req.FriendlyDeviceName);
        return { Status: 'SUCCESS' };
      }
      const session = sessions.get(req.Session);
      if (session.challenge !== 'MFA_SETUP' || session.stage !== 'associated' || !session.secret) {
        throw notAuthorized(SESSION_MESSAGES.invalid);
      }
      // A wrong code leaves the session as it was: the user may try again with it.
      if (!codes.accept(userKey(session.userPoolId, session.username), session.secret, req.UserCode)) {
        throw enableSoftwareTokenMfaFailed();
      }
      const pool = await cognito.getUserPool(ctx, session.userPoolId);
      const user = await pool.getUserByUsername(ctx, session.username);
      if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
      await registerSoftwareToken(ctx, pool, user, session.secret, req.FriendlyDeviceName);
      sessions.consume(req.Session);
      return {
        Status: 'SUCCESS',
        Session: sessions.issue({ ...session, stage: 'verified' }, validity.of(session.clientId)),
      };
    },

    async RevokeToken(ctx, req) {
      const client = await appClient(ctx, req?.ClientId);
      if (client.ClientSecret && req.ClientSecret !== client.ClientSecret) {
        throw notAuthorized(`Unable to verify secret hash for client ${client.ClientId}`);
      }
      await tokens.revoke(ctx, await cognito.getUserPoolForClientId(ctx, client.ClientId), client, req.Token);
      return {};
    },

    async AdminInitiateAuth(ctx, req) {
      checkAuthFlow(await appClient(ctx, req?.ClientId), req?.AuthFlow);
      return router('AdminInitiateAuth')(ctx, req);
    },

    ...Object.fromEntries(
      WITH_SECRET_HASH.map((target): [string, Route] => [
        target,
        async (ctx, req) => {
          checkSecretHash(await appClient(ctx, req?.ClientId), req?.SecretHash, [req?.Username]);
          return router(target)(ctx, req);
        },
      ]),
    ),

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

  /** What every operation gets: Cognito's username rules, and its access token checked. */
  const checked =
    (target: string, route: Route): Route =>
    async (ctx, req) => {
      if (req?.Username !== undefined) checkUsername(req.Username);
      if (req?.AccessToken !== undefined && !OWN_TOKEN_CHECK.has(target)) {
        checkAccessTokenFormat(req.AccessToken);
        tokens.checkAccess(req.AccessToken);
      }
      return completeAuthenticationResult(await route(ctx, req));
    };

  // Own properties only: a target such as "constructor" must not reach Object.prototype.
  const knows = (target: string) => Object.hasOwn(routes, target) || isSupportedTarget(target);
  return {
    knows,
    router: (target) => checked(target, Object.hasOwn(routes, target) ? (routes[target] as Route) : router(target)),
  };
}
