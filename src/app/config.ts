import type { AuthFlow } from 'cognito-mfa-wizard';
import { AWS_REGION, isHttpsOrLoopback } from './aws-endpoints';
import { configFromEnv, configUrl } from './config-source';

/** One user pool the page signs in to. A deployment has one; the local demo offers two. */
export interface PoolConfig {
  id: string;
  label: string;
  userPoolId: string;
  clientId: string;
  /** How the page proves the password; unset means createSignIn's default, SRP (USER_SRP_AUTH). */
  authFlow?: AuthFlow;
  /** The app client's AuthSessionValidity in minutes (3 to 15); Cognito's default is 3. */
  sessionValidityMinutes?: number;
  /**
   * The pool's MFA setting: 'required' (sign-in makes users without an app set one up; the sign-in
   * form says to have an app ready) or 'optional' (users may turn the app off). Unknown when not given.
   */
  mfa?: 'required' | 'optional';
  /** The pool's password rules, shown before a new password is chosen. Cognito's default when not given. */
  passwordPolicy?: PasswordPolicy;
  /** Only the local demo lists its users, to help a newcomer sign in. */
  demoUsers?: { username: string; password: string }[];
}

/** A user pool's password rules, as Cognito's PasswordPolicyType names them (in lower camel case). */
export interface PasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** Cognito's default password policy, which a pool has unless its operator changed it. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

export interface PageConfig {
  region: string;
  /** Another endpoint than AWS's own, such as the local Cognito. */
  endpoint?: string;
  /** The name the authenticator app shows for this account. */
  issuer: string;
  /** How long each request to Cognito may take before the page says so (seconds, 1 to 120; default 20). */
  requestTimeoutSeconds?: number;
  /** The operator's page on what to do when the phone with the app is lost (https, or a path on this site). */
  helpUrl?: string;
  pools: PoolConfig[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const AUTH_FLOWS: readonly AuthFlow[] = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'];
const USER_POOL_ID = /^([\w-]+)_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(raw: Raw, key: string, where: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(`${where}: "${key}" is missing.`);
  return value.trim();
}

function optionalText(raw: Raw, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A client secret in a page is every visitor's: Cognito's public clients are made without one. */
function refuseClientSecret(raw: Raw, where: string): void {
  if (raw.clientSecret !== undefined) {
    throw new ConfigError(
      `${where} holds a client secret. A secret in a web page is anyone's: use an app client without a secret ("Don't generate a client secret") and remove "clientSecret".`,
    );
  }
}

function authFlowOf(raw: Raw, where: string, fallback: AuthFlow | undefined): AuthFlow | undefined {
  const value = raw.authFlow;
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (AUTH_FLOWS as readonly string[]).includes(value)) return value as AuthFlow;
  throw new ConfigError(`${where}: "authFlow" must be ${AUTH_FLOWS.map((f) => `"${f}"`).join(' or ')}.`);
}

function parsePool(
  raw: unknown,
  index: number,
  region: string,
  hasEndpoint: boolean,
  defaultFlow: AuthFlow | undefined,
): PoolConfig {
  const where = `pool ${index + 1}`;
  if (!isObject(raw)) throw new ConfigError(`${where} is not an object.`);
  refuseClientSecret(raw, where);
  const userPoolId = text(raw, 'userPoolId', where);
  const prefix = USER_POOL_ID.exec(userPoolId)?.[1];
  if (!prefix) throw new ConfigError(`${where}: "${userPoolId}" is not a user pool id (like ${region}_AbC123).`);
  // A pool on AWS lives in the region its id names; an emulator (endpoint set) names its own.
  if (!hasEndpoint && prefix !== region) {
    throw new ConfigError(`${where}: the user pool "${userPoolId}" is not in the region "${region}".`);
  }
  const clientId = text(raw, 'clientId', where);
  if (!CLIENT_ID.test(clientId)) throw new ConfigError(`${where}: "${clientId}" is not an app client id.`);
  const authFlow = authFlowOf(raw, where, defaultFlow);
  const minutes = raw.sessionValidityMinutes;
  if (minutes !== undefined && (!Number.isInteger(minutes) || (minutes as number) < 3 || (minutes as number) > 15)) {
    throw new ConfigError(`${where}: "sessionValidityMinutes" must be a whole number from 3 to 15.`);
  }
  const mfa = raw.mfa;
  if (mfa !== undefined && mfa !== 'required' && mfa !== 'optional') {
    throw new ConfigError(`${where}: "mfa" must be "required" or "optional".`);
  }
  const passwordPolicy = raw.passwordPolicy === undefined ? undefined : parsePasswordPolicy(raw.passwordPolicy, where);
  const demoUsers = Array.isArray(raw.demoUsers)
    ? raw.demoUsers.filter(isObject).map((u) => ({ username: String(u.username), password: String(u.password) }))
    : undefined;
  return {
    id: optionalText(raw, 'id') ?? String(index + 1),
    label: optionalText(raw, 'label') ?? userPoolId,
    userPoolId,
    clientId,
    ...(authFlow ? { authFlow } : {}),
    ...(typeof minutes === 'number' ? { sessionValidityMinutes: minutes } : {}),
    ...(mfa === undefined ? {} : { mfa }),
    ...(passwordPolicy ? { passwordPolicy } : {}),
    ...(demoUsers?.length ? { demoUsers } : {}),
  };
}

function parsePasswordPolicy(raw: unknown, where: string): PasswordPolicy {
  if (!isObject(raw)) throw new ConfigError(`${where}: "passwordPolicy" is not an object.`);
  const { minimumLength = DEFAULT_PASSWORD_POLICY.minimumLength } = raw;
  if (!Number.isInteger(minimumLength) || (minimumLength as number) < 6 || (minimumLength as number) > 99) {
    throw new ConfigError(`${where}: "passwordPolicy.minimumLength" must be a whole number from 6 to 99.`);
  }
  const flag = (key: keyof PasswordPolicy) => {
    const value = raw[key] ?? DEFAULT_PASSWORD_POLICY[key];
    if (typeof value !== 'boolean') throw new ConfigError(`${where}: "passwordPolicy.${key}" must be true or false.`);
    return value;
  };
  return {
    minimumLength: minimumLength as number,
    requireLowercase: flag('requireLowercase'),
    requireUppercase: flag('requireUppercase'),
    requireNumbers: flag('requireNumbers'),
    requireSymbols: flag('requireSymbols'),
  };
}

/** A help link the page may show: an https address, or a path on the page's own site. */
function parseHelpUrl(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !(raw.startsWith('https://') || /^\/(?!\/)/.test(raw))) {
    throw new ConfigError('"helpUrl" must be an https address or a path on this site (starting with one "/").');
  }
  try {
    new URL(raw, 'https://page.invalid/');
  } catch {
    throw new ConfigError(`"helpUrl" "${raw}" is not a URL.`);
  }
  return raw;
}

/**
 * Checks a configuration object: either one pool at the top level
 * (`{region, userPoolId, clientId}`) or several under `pools`.
 */
export function parseConfig(raw: unknown, fallbackIssuer: string): PageConfig {
  if (!isObject(raw)) throw new ConfigError('The configuration is not a JSON object.');
  refuseClientSecret(raw, 'The configuration');
  const defaultFlow = authFlowOf(raw, 'The configuration', undefined);
  const region = text(raw, 'region', 'The configuration');
  if (!AWS_REGION.test(region)) throw new ConfigError(`"${region}" is not an AWS Region (like eu-west-1).`);
  const endpoint = optionalText(raw, 'endpoint');
  if (endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new ConfigError(`The endpoint "${endpoint}" is not a URL.`);
    }
    if (!isHttpsOrLoopback(url)) {
      throw new ConfigError(`The endpoint "${endpoint}" must use https (plain http only on this machine).`);
    }
  }
  const pools = Array.isArray(raw.pools) ? raw.pools : [raw];
  if (pools.length === 0) throw new ConfigError('The configuration lists no user pool.');
  const timeout = raw.requestTimeoutSeconds;
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 1 || timeout > 120)) {
    throw new ConfigError('"requestTimeoutSeconds" must be a number of seconds from 1 to 120.');
  }
  const helpUrl = parseHelpUrl(raw.helpUrl);
  return {
    region,
    ...(endpoint === undefined ? {} : { endpoint }),
    issuer: optionalText(raw, 'issuer') ?? fallbackIssuer,
    ...(typeof timeout === 'number' ? { requestTimeoutSeconds: timeout } : {}),
    ...(helpUrl === undefined ? {} : { helpUrl }),
    pools: pools.map((pool, index) => parsePool(pool, index, region, endpoint !== undefined, defaultFlow)),
  };
}

/**
 * The page's configuration: from the build environment, else from config.json
 * at the app's base path. Never from the page's address: a link must not be able
 * to point the page, and with it a user's password and codes, at another host.
 */
export async function loadConfig(
  env: Record<string, string | boolean | undefined> = import.meta.env,
  fetchConfig: typeof fetch = fetch,
): Promise<PageConfig> {
  const fallbackIssuer = typeof location === 'undefined' ? 'Cognito' : location.hostname;
  const fromEnv = configFromEnv(env);
  if (fromEnv) return parseConfig(fromEnv, fallbackIssuer);
  let res: Response;
  try {
    res = await fetchConfig(configUrl(env, location.origin), { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    throw new ConfigError('config.json could not be loaded: the network failed.');
  }
  if (res.status === 404) {
    throw new ConfigError('No configuration: add config.json beside index.html, or build with VITE_COGNITO_* set.');
  }
  if (!res.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${res.status}).`);
  let raw: unknown;
  try {
    raw = await res.json();
  } catch {
    throw new ConfigError('config.json is not valid JSON.');
  }
  return parseConfig(raw, fallbackIssuer);
}
