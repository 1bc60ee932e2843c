import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
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
  clientId: string;
  users: DemoUser[];
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
}

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

/** A pool with one public app client (no secret, USER_PASSWORD_AUTH), as a browser app has. */
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
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AuthSessionValidity: 3,
      ...appClient,
    }),
  );
  const clientId = UserPoolClient?.ClientId;
  if (!clientId) throw new Error(`CreateUserPoolClient ${name} returned no ClientId`);
  return { userPoolId, clientId };
}

const DEMO_PASSWORD = 'Passw0rd!';

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
        required: await seedPool('mfa-required', 'ON', ['alice', 'bob']),
        optional: await seedPool('mfa-optional', 'OPTIONAL', ['carol', 'dave']),
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
