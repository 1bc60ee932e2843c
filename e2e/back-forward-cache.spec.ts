import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { pageConfigFor } from '../dev/page-config.ts';
import { chromiumLaunchOptions } from './support/browser.ts';
import { localCognito, newUser } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { scanQrCode, signIn, signInAsNewUser } from './support/flows.ts';
import { startPlainStaticHost, type PlainStaticHost } from './support/plain-static-host.ts';

declare global {
  interface Window {
    /** event.persisted of every pageshow this document saw: [false, true] once it came back from the cache. */
    pageShows?: boolean[];
  }
}

const RESTORED_NOTICE = 'You came back to this page with Back or Forward';

// One worker runs this file in order: its host listens on one fixed port.
test.describe.configure({ mode: 'default' });

let browser: Browser;
let host: PlainStaticHost;

test.beforeAll(async () => {
  // Playwright starts Chromium with --disable-back-forward-cache; users' browsers have the cache on.
  browser = await chromium.launch({ ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  // The production build (as the e2e run built it) on a host that sends no Cache-Control at all,
  // so the browser may keep the page in its back/forward cache.
  // Its port is one the local Cognito lets browsers call it from (playwright.config.ts).
  const env = e2eEnv();
  host = await startPlainStaticHost(env.distDir, JSON.stringify(pageConfigFor(localCognito())), env.plainHostPort);
});

test.afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function pageAt(baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => (window.pageShows ??= []).push(event.persisted));
  });
  return page;
}

/** Leaves the page for another document of the same site, then comes back with the Back button. */
async function awayAndBack(page: Page) {
  await page.goto('/favicon.svg');
  // A page restored from the cache fires no load event: wait for the navigation to commit only.
  await page.goBack({ waitUntil: 'commit' });
}

test.describe('fault: a host that sends no Cache-Control: no-store, so Chromium keeps the page in its back/forward cache', () => {
  test('Back to the setup screen restores a clean sign-in: never the QR code or the key', async () => {
    const page = await pageAt(host.url);
    const user = await newUser('required');
    await signIn(page, 'required', user);
    const account = await scanQrCode(page);
    await expect(page.getByTestId('mfa-secret')).toBeVisible();

    await awayAndBack(page);

    // The same document, out of the cache: a real round trip, not a reload.
    await expect.poll(() => page.evaluate(() => window.pageShows)).toEqual([false, true]);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(RESTORED_NOTICE)).toBeVisible();
    await expect(page.getByTestId('mfa-qr')).toHaveCount(0);
    await expect(page.getByTestId('mfa-secret')).toHaveCount(0);
    expect((await page.content()).replace(/\s+/g, '')).not.toContain(account.secret);
    // The username is not kept either: the next person at this computer starts from nothing.
    await expect(page.getByLabel('Username')).toHaveValue('');

    // The form is usable at once, and setup starts over with a new key.
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await scanQrCode(page)).secret).not.toBe(account.secret);
  });

  test("Back to the signed-in page restores a clean sign-in: the user's tokens are gone", async () => {
    const page = await pageAt(host.url);
    await signInAsNewUser(page, 'optional');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();

    await awayAndBack(page);

    await expect.poll(() => page.evaluate(() => window.pageShows)).toEqual([false, true]);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(RESTORED_NOTICE)).toBeVisible();
    await expect(page.getByRole('heading', { name: "You're signed in" })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toHaveCount(0);
  });
});

test('the production build, served with Cache-Control: no-store, is never kept in the back/forward cache: Back loads it anew', async () => {
  const page = await pageAt(e2eEnv().previewUrl);
  await signInAsNewUser(page, 'required');
  await scanQrCode(page);

  await awayAndBack(page);

  // A new document: its own first pageshow, not persisted.
  await expect.poll(() => page.evaluate(() => window.pageShows)).toEqual([false]);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('mfa-qr')).toHaveCount(0);
});
