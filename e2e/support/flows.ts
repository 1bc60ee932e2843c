import { expect, type Page, type Request } from '@playwright/test';
import type { DemoUser } from '../../dev/local-cognito/seed.ts';
import { nextUnusedCodeFor, unusedCodeFor, wrongCodeFor } from '../../dev/test/totp.ts';
import { localCognito, newUser, type PoolName } from './cognito.ts';
import { parseOtpauth, readQrCode, type ScannedAccount } from './qr.ts';

/** The page's pools: the local Cognito's, and its test app clients of the two demo pools (dev/vite-plugin.ts). */
export type PagePool = PoolName | 'requiredSrpOnly' | 'optionalSrpOnly' | 'passwordOnSrpOnly';

const POOL_LABELS: Record<PagePool, string> = {
  required: 'MFA required',
  optional: 'MFA optional',
  shortSession: 'MFA required, short sessions (tests)',
  shortToken: 'MFA optional, short access tokens (tests)',
  requiredSrpOnly: 'MFA required, SRP-only app client (tests)',
  optionalSrpOnly: 'MFA optional, SRP-only app client (tests)',
  passwordOnSrpOnly: 'MFA required, a flow its app client does not allow (tests)',
};

/** The user pool behind a page pool. */
export const userPoolOf = (pool: PagePool): PoolName =>
  pool === 'requiredSrpOnly' || pool === 'passwordOnSrpOnly' ? 'required' : pool === 'optionalSrpOnly' ? 'optional' : pool;

/** Signs in on the page's form as a person would. */
export async function signIn(page: Page, pool: PagePool, user: DemoUser) {
  await page.goto('/');
  await page.getByRole('radio', { name: POOL_LABELS[pool], exact: true }).check();
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A fresh user of the pool, signed in. */
export async function signInAsNewUser(page: Page, pool: PagePool) {
  const user = await newUser(userPoolOf(pool));
  await signIn(page, pool, user);
  return user;
}

/** Waits for the wizard's setup screen, reads the QR from the screen and checks it against the key shown as text. */
export async function scanQrCode(page: Page): Promise<ScannedAccount> {
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  const account = parseOtpauth(await readQrCode(page.getByTestId('mfa-qr')));
  await page.getByRole('button', { name: /can't scan it/i }).click();
  const shown = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');
  expect(shown).toBe(account.secret);
  return account;
}

/**
 * The code the user's authenticator app shows now, and one it would not show near now.
 * Cognito accepts a code once: a code this test already typed is not given again (the
 * app's next one is, which Cognito accepts one step early; see dev/test/totp.ts).
 */
export const codeNow = (account: ScannedAccount) => unusedCodeFor(account.secret);
export const wrongCode = (account: ScannedAccount) => wrongCodeFor(account.secret);

/** At the TOTP sign-in (SOFTWARE_TOKEN_MFA), enters a code not used yet (waiting for the app's next if need be) and is signed in. */
export async function answerTotpSignIn(page: Page, account: ScannedAccount) {
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await expect(page.getByLabel('6-digit code')).toBeFocused();
  await page.getByLabel('6-digit code').fill(await nextUnusedCodeFor(account.secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
}

export async function enterCode(page: Page, code: string) {
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/** The Cognito operations (X-Amz-Target) the page sends, in order. */
export function recordCognitoCalls(page: Page): string[] {
  const endpoint = localCognito().endpoint;
  const calls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && request.url().startsWith(endpoint)) {
      calls.push((request.headers()['x-amz-target'] ?? '').split('.').pop() ?? '');
    }
  });
  return calls;
}

/**
 * A new user of the optional pool signs in, sets up an app with the code it shows, and signs out:
 * the user, the app's account and the code Cognito took (used once, it is refused from then on).
 */
export async function enrollThenSignOut(page: Page) {
  const user = await signInAsNewUser(page, 'optional');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const account = await scanQrCode(page);
  const used = codeNow(account);
  await enterCode(page, used);
  await expect(page.getByText('Authenticator app: On')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  return { user, account, used };
}
