import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { setSessionValiditySeconds } from '../local-cognito/control.ts';
import { adminClient, createPool, createUser, type DemoUser } from '../local-cognito/seed.ts';

/**
 * Each test gets a pool and users of its own, so tests neither depend on each
 * other's enrollments nor on order, and may run in parallel.
 */
export async function freshPool(mfa: 'ON' | 'OPTIONAL') {
  const { endpoint, region } = inject('localCognito');
  const client = adminClient(endpoint);
  const pool = await createPool(client, `test-${randomUUID().slice(0, 8)}`, mfa);
  return {
    endpoint,
    region,
    ...pool,
    client,
    /** A new user of the pool: confirmed with a permanent password, unless told otherwise. */
    async user(create: typeof createUser = createUser): Promise<DemoUser> {
      return create(client, pool.userPoolId, { username: `user-${randomUUID().slice(0, 8)}`, password: 'Passw0rd!' });
    },
    setSessionValiditySeconds: (seconds: number) => setSessionValiditySeconds(endpoint, pool.clientId, seconds),
  };
}
