import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { TokenGenerator, Tokens as IssuedTokens } from 'cognito-local/lib/services/tokenGenerator.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import jwt from 'jsonwebtoken';
import { checkAccessToken, verifiedClaims } from './access-token.ts';
import { CognitoError, notAuthorized } from './errors.ts';

/** What every AuthenticationResult carries besides the tokens. */
function withLifetime(tokens: { AccessToken: string; IdToken?: string; RefreshToken?: string }) {
  const claims = jwt.decode(tokens.AccessToken);
  const expiresIn =
    claims && typeof claims === 'object' && claims.exp !== undefined && claims.iat !== undefined
      ? claims.exp - claims.iat
      : undefined;
  return { ...tokens, ExpiresIn: expiresIn, TokenType: 'Bearer' };
}

/** Adds ExpiresIn and TokenType to any answer's AuthenticationResult (cognito-local leaves them out). */
export function completeAuthenticationResult<T>(res: T): T {
  if (typeof res !== 'object' || res === null || !('AuthenticationResult' in res)) return res;
  const result: unknown = res.AuthenticationResult;
  if (typeof result !== 'object' || result === null || !('AccessToken' in result)) return res;
  if (typeof result.AccessToken !== 'string') return res;
  return { ...res, AuthenticationResult: { ...result, ...withLifetime({ ...result, AccessToken: result.AccessToken }) } };
}

const jtiOf = (token: string): string | undefined => {
  const claims = jwt.decode(token);
  return claims && typeof claims === 'object' && typeof claims.jti === 'string' ? claims.jti : undefined;
};

/**
 * The tokens this Cognito hands out, with what cognito-local lacks: refresh tokens that
 * work after every kind of sign-in, for the app client they were issued to, and that
 * RevokeToken revokes together with the access tokens issued with them.
 */
export class TokenRegistry {
  /** refresh token → the app client it was issued to, and whether it was revoked. */
  readonly #refresh = new Map<string, { clientId: string; revoked: boolean }>();
  /** access token id (jti) → the refresh token it was issued with. */
  readonly #origin = new Map<string, string>();

  /** Wraps cognito-local's generator, so that every sign-in, its own included, is recorded. */
  recording(generator: TokenGenerator): TokenGenerator {
    return {
      generate: async (...args) => {
        const tokens = await generator.generate(...args);
        const [, , , client, , source] = args;
        if (source !== 'RefreshTokens') this.#record(tokens, client.ClientId);
        return tokens;
      },
    };
  }

  #record(tokens: IssuedTokens, clientId: string): void {
    this.#refresh.set(tokens.RefreshToken, { clientId, revoked: false });
    const jti = jtiOf(tokens.AccessToken);
    if (jti) this.#origin.set(jti, tokens.RefreshToken);
  }

  /** A sign-in's AuthenticationResult: new tokens, the refresh token stored with the user. */
  async signIn(
    ctx: Context,
    generator: TokenGenerator,
    pool: UserPoolService,
    user: User,
    client: AppClient,
    clientMetadata: Record<string, string> | undefined,
  ) {
    const groups = await pool.listUserGroupMembership(ctx, user);
    const tokens = await generator.generate(ctx, user, groups, client, clientMetadata, 'Authentication');
    await pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
    return withLifetime(tokens);
  }

  /** REFRESH_TOKEN_AUTH: new access and ID tokens for a live refresh token of this app client. */
  async refresh(
    ctx: Context,
    generator: TokenGenerator,
    pool: UserPoolService,
    client: AppClient,
    refreshToken: unknown,
    check: (user: User) => void,
  ) {
    if (typeof refreshToken !== 'string' || refreshToken === '') {
      throw new CognitoError('InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
    }
    const { user } = await this.#liveRefreshToken(ctx, pool, client, refreshToken);
    check(user);
    const groups = await pool.listUserGroupMembership(ctx, user);
    const tokens = await generator.generate(ctx, user, groups, client, undefined, 'RefreshTokens');
    const jti = jtiOf(tokens.AccessToken);
    if (jti) this.#origin.set(jti, refreshToken);
    return { user, result: withLifetime({ AccessToken: tokens.AccessToken, IdToken: tokens.IdToken }) };
  }

  /** The user of a refresh token of this app client that is neither expired nor revoked. */
  async #liveRefreshToken(ctx: Context, pool: UserPoolService, client: AppClient, refreshToken: string) {
    const record = this.#refresh.get(refreshToken);
    verifiedClaims(refreshToken, 'Refresh');
    if (record?.revoked) throw notAuthorized('Refresh Token has been revoked');
    const user = await pool.getUserByRefreshToken(ctx, refreshToken);
    if (!user || (record && record.clientId !== client.ClientId)) throw notAuthorized('Invalid Refresh Token');
    return { user, record };
  }

  /** RevokeToken: the refresh token and every access token issued with it stop working. */
  async revoke(ctx: Context, pool: UserPoolService, client: AppClient, token: unknown): Promise<void> {
    if (typeof token !== 'string' || token === '') {
      throw new CognitoError('InvalidParameterException', 'Missing required parameter Token');
    }
    const claims = jwt.decode(token);
    if (claims && typeof claims === 'object' && claims.token_use !== undefined) {
      throw new CognitoError('UnsupportedTokenTypeException', 'Only refresh tokens can be revoked.');
    }
    const { user } = await this.#liveRefreshToken(ctx, pool, client, token);
    this.#refresh.set(token, { clientId: client.ClientId, revoked: true });
    await pool.saveUser(ctx, { ...user, RefreshTokens: (user.RefreshTokens ?? []).filter((t) => t !== token) });
  }

  /** An access token's claims, checked for signature, expiry, use and revocation. */
  checkAccess(token: string): jwt.JwtPayload {
    const claims = checkAccessToken(token);
    const origin = typeof claims.jti === 'string' ? this.#origin.get(claims.jti) : undefined;
    if (origin !== undefined && this.#refresh.get(origin)?.revoked) throw notAuthorized('Access Token has been revoked');
    return claims;
  }
}
