import { Amplify } from 'aws-amplify';
import { fetchMFAPreference, signIn, signOut } from 'aws-amplify/auth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshPool } from '../../dev/test/fixtures.ts';
import { nextUnusedCodeFor, unusedCodeFor, wrongCodeFor } from '../../dev/test/totp.ts';
import { createEnrollmentStore, validateCode, type EnrollmentAdapter, type EnrollmentStore, type OneTimeCode } from '../core';
import { amplifySignedInAdapter, amplifyTotpSetupAdapter } from './amplify-adapters';

// Amplify 6, unchanged, against the local Cognito over HTTP, through the wizard's own store.

/** The Cognito operations sent on the wire during a test (Amplify's fetch, observed, not replaced). */
function operationsOnTheWire() {
  const operations: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
    const target = headers.get('x-amz-target');
    if (target) operations.push(target.split('.').pop() ?? target);
    return realFetch(input, init);
  });
  return operations;
}

const code = (digits: string): OneTimeCode => {
  const validation = validateCode(digits);
  if (!validation.ok) throw new Error(`not a code: ${digits}`);
  return validation.code;
};

/** The store after each answer has arrived. */
async function settled<Outcome>(store: EnrollmentStore<Outcome>, step: string) {
  await vi.waitFor(() => expect(store.getSnapshot().state.step).toBe(step), { timeout: 15_000 });
  return store.getSnapshot().state;
}

async function setUp<Outcome>(adapter: EnrollmentAdapter<Outcome>) {
  const store = createEnrollmentStore({ adapter });
  store.activate();
  const setup = await settled(store, 'setup');
  if (setup.step !== 'setup') throw new Error('no setup');
  return { store, secret: setup.secret };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await signOut().catch(() => undefined);
});

describe('amplifyTotpSetupAdapter, on the sign-in step CONTINUE_SIGN_IN_WITH_TOTP_SETUP', () => {
  it('takes the key Amplify holds (no second Associate), keeps it after a wrong code, and ends with DONE', async () => {
    const pool = await freshPool('ON');
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.endpoint } } });
    const user = await pool.user();
    const wire = operationsOnTheWire();
    const { nextStep } = await signIn({ username: user.username, password: user.password });
    if (nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`unexpected ${nextStep.signInStep}`);
    const { store, secret } = await setUp(amplifyTotpSetupAdapter(nextStep, { sessionIssuedAt: Date.now() }));
    expect(secret).toBe(nextStep.totpSetupDetails.sharedSecret);
    expect(store.getSnapshot().timeLeftMs).toBeGreaterThan(170_000);

    store.send({ type: 'code-submitted', code: code(wrongCodeFor(secret)) });
    const refused = await settled(store, 'setup');
    expect(refused).toMatchObject({ secret, error: { kind: 'enable-mfa-failed', operation: 'verify' } });

    store.send({ type: 'code-submitted', code: code(unusedCodeFor(secret)), deviceName: 'Phone' });
    const done = await settled(store, 'done');
    expect(done).toMatchObject({ result: { mode: 'session', isSignedIn: true, nextStep: { signInStep: 'DONE' }, friendlyDeviceName: 'Phone' } });
    expect(wire.filter((operation) => operation === 'AssociateSoftwareToken')).toHaveLength(1);

    await signOut();
    const again = await signIn({ username: user.username, password: user.password });
    expect(again.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  }, 90_000);

  it('says the sign-in expired when Cognito does, and offers only a new sign-in', async () => {
    const pool = await freshPool('ON');
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.endpoint } } });
    await pool.setSessionValiditySeconds(2);
    const user = await pool.user();
    const { nextStep } = await signIn({ username: user.username, password: user.password });
    if (nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`unexpected ${nextStep.signInStep}`);
    // The wizard is told the app client's usual 3 minutes; Cognito's own verdict decides.
    const { store, secret } = await setUp(amplifyTotpSetupAdapter(nextStep));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    store.send({ type: 'code-submitted', code: code(unusedCodeFor(secret)) });
    const failed = await settled(store, 'failed');
    expect(failed).toMatchObject({ error: { kind: 'session-expired', operation: 'verify' }, retry: null, enrolled: false });
  }, 60_000);
});

describe('amplifySignedInAdapter, for a user signed in with Amplify', () => {
  it('sets up, verifies with the device name and makes TOTP preferred; the next sign-in asks for a code', async () => {
    const pool = await freshPool('OPTIONAL');
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.endpoint } } });
    const user = await pool.user();
    expect((await signIn({ username: user.username, password: user.password })).nextStep.signInStep).toBe('DONE');

    const { store, secret } = await setUp(amplifySignedInAdapter());
    store.send({ type: 'code-submitted', code: code(wrongCodeFor(secret)) });
    expect(await settled(store, 'setup')).toMatchObject({ error: { kind: 'enable-mfa-failed' }, refusedCodes: 1 });
    store.send({ type: 'code-submitted', code: code(await nextUnusedCodeFor(secret)), deviceName: 'Laptop' });
    expect(await settled(store, 'done')).toMatchObject({ result: { mode: 'accessToken', friendlyDeviceName: 'Laptop' } });
    expect(await fetchMFAPreference()).toMatchObject({ preferred: 'TOTP', enabled: ['TOTP'] });

    await signOut();
    const again = await signIn({ username: user.username, password: user.password });
    expect(again.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  }, 90_000);

  it('asks a signed-out user (Amplify holds no tokens) to sign in again, with nothing sent', async () => {
    const pool = await freshPool('OPTIONAL');
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.endpoint } } });
    const store = createEnrollmentStore({ adapter: amplifySignedInAdapter() });
    store.activate();
    const failed = await settled(store, 'failed');
    expect(failed).toMatchObject({ error: { kind: 'not-authorized', operation: 'associate', name: 'UserUnAuthenticatedException' } });
    expect(failed).not.toMatchObject({ error: { outcomeUnknown: true } });
  }, 30_000);
});
