import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { localCognito } from './support/cognito.ts';
import { codeNow, enterCode, scanQrCode, signInAsNewUser, wrongCode } from './support/flows.ts';

interface Watch {
  /** Every secret the page held: keys, sessions, tokens, codes typed. */
  secrets: Set<string>;
  console: string[];
  origins: Set<string>;
}

function watch(page: Page): Watch {
  const w: Watch = { secrets: new Set(), console: [], origins: new Set() };
  const endpoint = localCognito().endpoint;
  page.on('console', (message) => w.console.push(message.text()));
  page.on('pageerror', (error) => w.console.push(String(error)));
  page.on('request', (request) => w.origins.add(new URL(request.url()).origin));
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

/** After a step: no secret in the address, storage, cookies or console; no request to another host. */
async function expectNothingLeaked(page: Page, context: BrowserContext, w: Watch) {
  const kept = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    history: history.length,
  }));
  expect(kept).toMatchObject({ local: 0, session: 0, databases: 0 });
  expect(await context.cookies()).toEqual([]);
  expect(w.secrets.size).toBeGreaterThan(0);
  const url = page.url();
  const consoleText = w.console.join('\n');
  for (const secret of w.secrets) {
    expect(url).not.toContain(secret);
    expect(consoleText).not.toContain(secret);
  }
  expect([...w.origins].sort()).toEqual(
    [new URL(localCognito().endpoint).origin, new URL(page.url()).origin].sort(),
  );
}

test.describe('nothing leaks: secrets stay in memory', () => {
  test('session mode, after every step', async ({ page, context }) => {
    const w = watch(page);
    await signInAsNewUser(page, 'required');
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
    expect(page.url()).toBe(new URL('/', page.url()).href);
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
