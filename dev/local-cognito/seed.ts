import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
  type ExplicitAuthFlowsType,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { setSessionValiditySeconds } from './control.ts';

// The SDK's versions are pinned in package-lock.json; its notice about future
// versions needing Node 22 says nothing about the ones we run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const REGION = 'us-east-1';

export interface DemoUser {
  username: string;
  password: string;
}

export interface PoolDetails {
  userPoolId: string;
  /** The pool's web app client: no secret, SRP and password sign-in, refresh. */
  clientId: string;
  users: DemoUser[];
  /** More app clients of the pool, for tests of what Cognito refuses (seeded with `testClients`). */
  appClients?: TestAppClients;
}

/** App clients that allow less, or hold a secret, as real pools' clients often do. */
export interface TestAppClients {
  /** ALLOW_USER_SRP_AUTH and ALLOW_REFRESH_TOKEN_AUTH only, as real web clients often are. */
  srpOnly: string;
  /** ALLOW_USER_PASSWORD_AUTH and ALLOW_REFRESH_TOKEN_AUTH only. */
  passwordOnly: string;
  /** A confidential client (a server's): every call needs SECRET_HASH. Never for a browser. */
  withSecret: { clientId: string; clientSecret: string };
}

/** What `npm run cognito` writes to dev/local-cognito.json for other tools to read. */
export interface LocalCognitoDetails {
  endpoint: string;
  region: string;
  pools: { required: PoolDetails; optional: PoolDetails; shortSession?: PoolDetails; shortToken?: PoolDetails };
}

export interface SeedOptions {
  /** Also seed a pool that requires MFA whose sessions last this many seconds (for tests of expiry). */
  shortSessionSeconds?: number | undefined;
  /** Also seed a pool with optional MFA whose access tokens last this many seconds (for tests of expiry). */
  shortTokenSeconds?: number | undefined;
  /** Also give the two demo pools an SRP-only, a password-only and a confidential app client. */
  testClients?: boolean | undefined;
}

/** The flows of the pools' web app clients: SRP (what real clients use) and password sign-in. */
export const WEB_CLIENT_FLOWS: ExplicitAuthFlowsType[] = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** An SDK client for the local Cognito; its admin calls want signed requests, with any credentials. */
export const adminClient = (endpoint: string) =>
  new CognitoIdentityProviderClient({
    region: REGION,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** A user an administrator made: the first sign-in answers NEW_PASSWORD_REQUIRED. */
export async function createUserWithTemporaryPassword(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  user: DemoUser,
): Promise<DemoUser> {
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: user.username,
      MessageAction: 'SUPPRESS',
      TemporaryPassword: user.password,
    }),
  );
  return user;
}

/** A confirmed user with a permanent password and no MFA, as the seed and the tests need them. */
export async function createUser(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  user: DemoUser,
): Promise<DemoUser> {
  await createUserWithTemporaryPassword(client, userPoolId, user);
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.username,
      Password: user.password,
      Permanent: true,
    }),
  );
  return user;
}

/** A pool with one public app client (no secret, SRP and password sign-in), as a browser app has. */
export async function createPool(
  client: CognitoIdentityProviderClient,
  name: string,
  mfa: 'ON' | 'OPTIONAL',
  appClient: Partial<CreateUserPoolClientCommandInput> = {},
): Promise<{ userPoolId: string; clientId: string }> {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: name, MfaConfiguration: mfa }));
  const userPoolId = UserPool?.Id;
  if (!userPoolId) throw new Error(`CreateUserPool ${name} returned no Id`);
  await client.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: mfa,
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const { UserPoolClient } = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: `${name}-web`,
      ExplicitAuthFlows: WEB_CLIENT_FLOWS,
      AuthSessionValidity: 3,
      ...appClient,
    }),
  );
  const clientId = UserPoolClient?.ClientId;
  if (!clientId) throw new Error(`CreateUserPoolClient ${name} returned no ClientId`);
  return { userPoolId, clientId };
}

const DEMO_PASSWORD = 'Passw0rd!';

/** An SRP-only, a password-only and a confidential app client of a pool. */
export async function createTestAppClients(client: CognitoIdentityProviderClient, userPoolId: string): Promise<TestAppClients> {
  const appClient = async (name: string, input: Partial<CreateUserPoolClientCommandInput>) => {
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: name, AuthSessionValidity: 3, ...input }),
    );
    if (!UserPoolClient?.ClientId) throw new Error(`CreateUserPoolClient ${name} returned no ClientId`);
    return { clientId: UserPoolClient.ClientId, clientSecret: UserPoolClient.ClientSecret ?? '' };
  };
  const srpOnly = await appClient('srp-only', { ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  const passwordOnly = await appClient('password-only', {
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const withSecret = await appClient('with-secret', { ExplicitAuthFlows: WEB_CLIENT_FLOWS, GenerateSecret: true });
  return { srpOnly: srpOnly.clientId, passwordOnly: passwordOnly.clientId, withSecret };
}

/** Two pools, each with two users who have no authenticator yet. */
export async function seedLocalCognito(endpoint: string, options: SeedOptions = {}): Promise<LocalCognitoDetails> {
  const client = adminClient(endpoint);
  const seedPool = async (
    name: string,
    mfa: 'ON' | 'OPTIONAL',
    usernames: string[],
    appClient: Partial<CreateUserPoolClientCommandInput> = {},
  ): Promise<PoolDetails> => {
    const pool = await createPool(client, name, mfa, appClient);
    const users: DemoUser[] = [];
    for (const username of usernames) {
      users.push(await createUser(client, pool.userPoolId, { username, password: DEMO_PASSWORD }));
    }
    return { ...pool, users };
  };
  const demoPool = async (name: string, mfa: 'ON' | 'OPTIONAL', usernames: string[]): Promise<PoolDetails> => {
    const pool = await seedPool(name, mfa, usernames);
    return options.testClients ? { ...pool, appClients: await createTestAppClients(client, pool.userPoolId) } : pool;
  };
  const shortSessionPool = async (seconds: number) => {
    const pool = await seedPool('mfa-required-short-session', 'ON', ['erin', 'frank']);
    await setSessionValiditySeconds(endpoint, pool.clientId, seconds);
    return pool;
  };
  try {
    return {
      endpoint,
      region: REGION,
      pools: {
        required: await demoPool('mfa-required', 'ON', ['alice', 'bob']),
        optional: await demoPool('mfa-optional', 'OPTIONAL', ['carol', 'dave']),
        ...(options.shortSessionSeconds ? { shortSession: await shortSessionPool(options.shortSessionSeconds) } : {}),
        ...(options.shortTokenSeconds
          ? {
              shortToken: await seedPool('mfa-optional-short-token', 'OPTIONAL', ['grace', 'heidi'], {
                AccessTokenValidity: options.shortTokenSeconds,
                TokenValidityUnits: { AccessToken: 'seconds' },
              }),
            }
          : {}),
      },
    };
  } finally {
    client.destroy();
  }
}
