import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  adminClient,
  createUser,
  createUserWithTemporaryPassword,
  type DemoUser,
  type LocalCognitoDetails,
} from '../../dev/local-cognito/seed.ts';
import { e2eEnv } from './env.ts';

export type PoolName = keyof LocalCognitoDetails['pools'];

/** The local Cognito the e2e run started (see playwright.config.ts). */
export function localCognito(): LocalCognitoDetails {
  return JSON.parse(readFileSync(e2eEnv().detailsFile, 'utf8')) as LocalCognitoDetails;
}

/** A user of its own for each test, so that tests can run in any order and in parallel. */
export const newUser = (poolName: PoolName): Promise<DemoUser> => newUserIn(localCognito(), poolName);

export async function newUserIn(
  details: LocalCognitoDetails,
  poolName: PoolName,
  create: typeof createUser = createUser,
): Promise<DemoUser> {
  const pool = details.pools[poolName];
  if (!pool) throw new Error(`the local Cognito has no ${poolName} pool`);
  const client = adminClient(details.endpoint);
  try {
    return await create(client, pool.userPoolId, { username: `e2e-${randomUUID().slice(0, 8)}`, password: 'Temp-Passw0rd!' });
  } finally {
    client.destroy();
  }
}

/** A fresh user of the pool whose username is `length` characters long (8 to 40). */
export async function newUserOfLength(poolName: PoolName, length: number): Promise<DemoUser> {
  const details = localCognito();
  const pool = details.pools[poolName];
  if (!pool) throw new Error(`the local Cognito has no ${poolName} pool`);
  const client = adminClient(details.endpoint);
  const username = `e2e-${randomUUID().replace(/-/g, '')}`.slice(0, length);
  try {
    return await createUser(client, pool.userPoolId, { username, password: 'Temp-Passw0rd!' });
  } finally {
    client.destroy();
  }
}

/** A user an administrator made, who must choose a password at the first sign-in. */
export const newUserWithTemporaryPassword = (poolName: PoolName) =>
  newUserIn(localCognito(), poolName, createUserWithTemporaryPassword);

/** An administrator's client of the local Cognito, for the length of `use`: what a test asks Cognito directly. */
export async function withLocalCognito<T>(use: (client: ReturnType<typeof adminClient>) => Promise<T>): Promise<T> {
  const client = adminClient(localCognito().endpoint);
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}
