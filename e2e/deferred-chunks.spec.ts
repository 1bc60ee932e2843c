import { expect, test, type Page, type Route } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { newUser } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { codeNow, enterCode, recordCognitoCalls, scanQrCode } from './support/flows.ts';

// The production build, whose chunks are what a user downloads: the sign-in form comes with the
// page's entry script; the AWS SDK's client, the SRP arithmetic and the wizard come after it.
test.use({ baseURL: e2eEnv().previewUrl });

/** Text only the AWS SDK's Cognito client has: the service name in every request's X-Amz-Target. */
const SDK_MARK = 'AWSCognitoIdentityProviderService';

/**
 * Holds back every script the page did not name in its HTML (what it imports later, with import())
 * until `release`; `fail` makes the held ones fail instead, once. Records what was held.
 */
async function holdDeferredScripts(page: Page) {
  const held: { route: Route; url: string }[] = [];
  const requested: string[] = [];
  let released = false;
  let failNext = false;
  let entry = new Set<string>();
  await page.route(/\/$|\/index\.html$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    entry = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? ''));
    await route.fulfill({ response, body: html });
  });
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (entry.has(path)) return route.continue();
    requested.push(path);
    if (failNext) return route.abort('failed');
    if (released) return route.continue();
    held.push({ route, url: path });
  });
  return {
    requested,
    /** The deferred scripts asked for so far (each held until release). */
    held: () => held.map((h) => h.url),
    entry: () => [...entry],
    async release() {
      released = true;
      failNext = false;
      for (const h of held.splice(0)) await h.route.continue();
    },
    async failThem() {
      failNext = true;
      for (const h of held.splice(0)) await h.route.abort('failed');
    },
  };
}

test('the sign-in form is usable before the AWS SDK is downloaded: the SDK is not in the page’s first scripts', async ({ page, request }) => {
  const scripts = await holdDeferredScripts(page);
  await page.goto('/');
  // With every deferred script held back, the form works: a user can type into it.
  const username = page.getByLabel('Username');
  await expect(username).toBeEditable();
  await username.fill('alice');
  await page.getByLabel('Password').fill('a password');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();

  // The SDK is in none of the scripts the page starts with…
  for (const path of scripts.entry().filter((p) => p.endsWith('.js'))) {
    expect(await (await request.get(path)).text(), path).not.toContain(SDK_MARK);
  }
  // …but in one it asked for afterwards (when idle, or at the first input), still held back here.
  await expect.poll(() => scripts.held().length).toBeGreaterThan(0);
  const deferred = await Promise.all(scripts.held().map(async (path) => (await request.get(path)).text()));
  expect(deferred.some((source) => source.includes(SDK_MARK))).toBe(true);
  await scripts.release();
});

test('fault: slow chunk: a user who presses Sign in before the SDK has arrived waits for it, then is signed in and enrolls', async ({
  page,
}) => {
  const scripts = await holdDeferredScripts(page);
  const calls = recordCognitoCalls(page);
  const user = await newUser('required');
  await page.goto('/');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The page says it is signing in, and waits: nothing can go to Cognito without the SDK.
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(calls).toEqual([]);

  await scripts.release();
  const account = await scanQrCode(page);
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  expect(calls.slice(0, 3)).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'AssociateSoftwareToken']);
});

test('fault: the SDK chunk fails to download: Sign in says so, and Sign in again downloads it and signs in', async ({ page }) => {
  const scripts = await holdDeferredScripts(page);
  const user = await newUser('required');
  await page.goto('/');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await scripts.failThem();
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText(defaultMessages['error:network']);
  // Nothing was lost: the form is there, filled in, to try again.
  await expect(page.getByLabel('Username')).toHaveValue(user.username);
  await scripts.release();
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  await expect(page.getByRole('img', { name: /qr code/i })).toBeVisible();
});
