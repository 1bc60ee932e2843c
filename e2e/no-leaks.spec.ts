import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { localCognito, newUser } from './support/cognito.ts';
import { codeNow, enterCode, scanQrCode, signIn, signInAsNewUser, wrongCode } from './support/flows.ts';

interface Watch {
  /** Every secret the page held: keys, sessions, tokens, codes typed. */
  secrets: Set<string>;
  console: string[];
  /** Every request's URL, and the page's own address after each navigation. */
  urls: string[];
  /** The addresses the page itself was at. */
  navigations: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { secrets: new Set(), console: [], urls: [], navigations: [] };
  const endpoint = localCognito().endpoint;
  page.on('console', (message) => w.console.push(message.text()));
  page.on('pageerror', (error) => w.console.push(String(error)));
  page.on('request', (request) => w.urls.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) w.navigations.push(frame.url());
  });
  page.on('response', async (response) => {
    if (!response.url().startsWith(endpoint) || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => ({}))) as {
      SecretCode?: string;
      Session?: string;
      AuthenticationResult?: Record<string, unknown>;
    };
    for (const value of [body.SecretCode, body.Session, ...Object.values(body.AuthenticationResult ?? {})]) {
      if (typeof value === 'string' && value.length >= 16) w.secrets.add(value);
    }
  });
  return w;
}

/**
 * After a step: storage, IndexedDB and cookies empty; no secret in any address the page had or
 * requested, nor in the console; no request to a host but the page's own and Cognito.
 */
async function expectNothingLeaked(page: Page, context: BrowserContext, w: Watch) {
  const kept = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  expect(kept).toEqual({ local: 0, session: 0, databases: 0 });
  expect(await context.cookies()).toEqual([]);
  expect(w.secrets.size).toBeGreaterThan(0);
  const addresses = [page.url(), ...w.urls, ...w.navigations].join('\n');
  const consoleText = w.console.join('\n');
  for (const secret of w.secrets) {
    expect(addresses).not.toContain(secret);
    expect(consoleText).not.toContain(secret);
  }
  const origins = new Set(w.urls.map((url) => new URL(url).origin));
  expect([...origins].sort()).toEqual([new URL(localCognito().endpoint).origin, new URL(page.url()).origin].sort());
  // The page never put anything in its address: it was only ever at its own root.
  const root = new URL('/', page.url()).href;
  expect(new Set([...w.navigations, page.url()])).toEqual(new Set([root]));
}

test.describe('nothing leaks: secrets stay in memory', () => {
  test('session mode, after every step', async ({ page, context }) => {
    const w = watch(page);
    const user = await newUser('required');
    await signIn(page, 'required', user);
    await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
    w.secrets.add(user.password);
    await expectNothingLeaked(page, context, w);
    const account = await scanQrCode(page);
    w.secrets.add(account.secret);
    await expectNothingLeaked(page, context, w);
    const wrong = wrongCode(account);
    await enterCode(page, wrong);
    await expect(page.getByRole('alert')).toBeVisible();
    w.secrets.add(wrong);
    await expectNothingLeaked(page, context, w);
    const right = codeNow(account);
    await enterCode(page, right);
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    w.secrets.add(right);
    await expectNothingLeaked(page, context, w);
  });

  test('access-token mode, after every step', async ({ page, context }) => {
    const w = watch(page);
    await signInAsNewUser(page, 'optional');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expectNothingLeaked(page, context, w);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const account = await scanQrCode(page);
    w.secrets.add(account.secret);
    await expectNothingLeaked(page, context, w);
    const right = codeNow(account);
    await enterCode(page, right);
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
    w.secrets.add(right);
    await expectNothingLeaked(page, context, w);
  });
});
