import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { CognitoService } from 'cognito-local/lib/services/cognitoService.js';
import { CognitoError, invalidParameter, notAuthorized } from './errors.ts';

/** The app client a request names, or Cognito's ResourceNotFoundException. */
export async function appClientOf(cognito: CognitoService, ctx: Parameters<Route>[0], clientId: unknown): Promise<AppClient> {
  const client = typeof clientId === 'string' ? await cognito.getAppClient(ctx, clientId) : null;
  if (!client) throw new CognitoError('ResourceNotFoundException', `User pool client ${String(clientId)} does not exist.`);
  return client;
}

/** What Cognito gives an app client created without ExplicitAuthFlows. */
const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** The deprecated names, and what each one allows today. */
const LEGACY_FLOWS: Record<string, string> = {
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  CUSTOM_AUTH_FLOW_ONLY: 'ALLOW_CUSTOM_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
};

/** The ExplicitAuthFlows entry each AuthFlow needs. */
const NEEDED: Record<string, string> = {
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  ADMIN_USER_PASSWORD_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
};

function allowedFlows(client: AppClient): Set<string> {
  const explicit = client.ExplicitAuthFlows ?? [];
  if (explicit.length === 0) return new Set(DEFAULT_FLOWS);
  const legacy = explicit.some((flow) => flow in LEGACY_FLOWS);
  // With the old names, SRP and refresh were always allowed.
  return new Set([
    ...explicit.map((flow) => LEGACY_FLOWS[flow] ?? flow),
    ...(legacy ? ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] : []),
  ]);
}

/** Cognito refuses an AuthFlow the app client does not list, with InvalidParameterException. */
export function checkAuthFlow(client: AppClient, authFlow: unknown): void {
  const needed = typeof authFlow === 'string' ? NEEDED[authFlow] : undefined;
  if (needed && !allowedFlows(client).has(needed)) {
    throw invalidParameter(`${String(authFlow)} flow not enabled for this client`);
  }
}

/** SECRET_HASH: base64 HMAC-SHA-256 keyed with the client secret, over username ‖ client id. */
export const secretHashOf = (clientSecret: string, username: string, clientId: string) =>
  createHmac('sha256', clientSecret).update(`${username}${clientId}`).digest('base64');

/**
 * A client with a secret needs SECRET_HASH on every call that names it, computed over
 * one of the user's names (what was typed, or Cognito's own name for the user).
 */
export function checkSecretHash(client: AppClient, secretHash: unknown, usernames: (string | undefined)[]): void {
  if (!client.ClientSecret) return;
  const secret = client.ClientSecret;
  const given = typeof secretHash === 'string' ? Buffer.from(secretHash, 'base64') : Buffer.alloc(0);
  const matches = usernames.some((name) => {
    if (name === undefined) return false;
    const expected = Buffer.from(secretHashOf(secret, name, client.ClientId), 'base64');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!matches) throw notAuthorized(`Unable to verify secret hash for client ${client.ClientId}`);
}
