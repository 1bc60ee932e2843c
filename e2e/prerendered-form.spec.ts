import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { build } from 'vite';
import { pageConfigFor } from '../dev/page-config.ts';
import { dePage } from '../src/app/locales/de.ts';
import { expectNoViolations } from './support/axe.ts';
import { localCognito, newUser } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { codeNow, enterCode, scanQrCode } from './support/flows.ts';
import { startPlainStaticHost, type PlainStaticHost } from './support/plain-static-host.ts';

// A production build configured by its environment (VITE_COGNITO_*), as a deployment may be: its
// index.html has the sign-in form in it, so a phone shows the form, and takes typing, before the page's
// script has arrived. One build for the file's tests, on a port the local Cognito lets browsers call it from.
test.describe.configure({ mode: 'serial' });

let host: PlainStaticHost;

test.beforeAll(async () => {
  const details = localCognito();
  const pool = details.pools.required;
  const env = e2eEnv();
  const given = {
    VITE_COGNITO_REGION: details.region,
    VITE_COGNITO_ENDPOINT: details.endpoint,
    VITE_COGNITO_USER_POOL_ID: pool.userPoolId,
    VITE_COGNITO_CLIENT_ID: pool.clientId,
    VITE_MFA_ISSUER: 'Prerendered e2e',
  };
  const before = { ...process.env };
  Object.assign(process.env, given);
  try {
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel: 'error',
      build: { outDir: env.prerenderedDir, emptyOutDir: true },
    });
  } finally {
    for (const key of Object.keys(given)) if (before[key] === undefined) delete process.env[key];
  }
  host = await startPlainStaticHost(env.prerenderedDir, JSON.stringify(pageConfigFor(details)), env.prerenderedPort);
});

test.afterAll(async () => {
  await host?.close();
});

/** Holds back the page's own script (the one its HTML names) until `release`, as a slow network would. */
async function holdPageScript(page: Page) {
  const held: Route[] = [];
  let released = false;
  let entry = '';
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    entry = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1] ?? '';
    await route.fulfill({ response, body: html });
  });
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    if (released || new URL(route.request().url()).pathname !== entry) return route.continue();
    held.push(route);
  });
  return {
    async release() {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** Console errors and uncaught exceptions (a hydration mismatch, a CSP violation) while the test runs. */
function problemsOn(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Marks the element, so that the test can tell the very same one afterwards from one drawn in its place. */
const mark = (field: Locator) => field.evaluate((element) => element.setAttribute('data-test-same', ''));
const isSameElement = (field: Locator) => field.evaluate((element) => element.hasAttribute('data-test-same'));

test('the sign-in form is in the HTML: typed into before the script arrives, the page keeps the text and the caret, and signs in', async ({
  page,
}) => {
  const problems = problemsOn(page);
  const script = await holdPageScript(page);
  const user = await newUser('required');
  await page.goto(host.url, { waitUntil: 'commit' });

  // No script has run: the form is there, the username field has focus and takes typing; Sign in waits.
  const username = page.getByLabel('Username');
  const password = page.getByLabel('Password');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(username).toBeFocused();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await username.pressSequentially(user.username);
  await password.pressSequentially(user.password);
  // The caret moved back into the password, as someone fixing a typo does.
  await password.press('ArrowLeft');
  await password.press('ArrowLeft');
  await mark(username);
  await mark(password);

  await script.release();
  // The script has taken over the HTML's form (hydrated, the same elements: an on-screen keyboard
  // stays up, a word being composed is not cut): Sign in works, and nothing typed is lost.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  expect([await isSameElement(username), await isSameElement(password)]).toEqual([true, true]);
  await expect(username).toHaveValue(user.username);
  await expect(password).toHaveValue(user.password);
  await expect(password).toBeFocused();
  const caret = await password.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]);
  expect(caret).toEqual([user.password.length - 2, user.password.length - 2]);
  // The next key lands where the caret is.
  await password.press('End');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const account = await scanQrCode(page);
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the HTML’s form alone, before any script, passes axe', async ({ page }) => {
  await holdPageScript(page);
  await page.goto(host.url, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expectNoViolations(page, 'the prerendered sign-in form');
});

test('nothing typed into the HTML’s form is sent anywhere before the script runs: Enter does not submit it', async ({ page }) => {
  const problems = problemsOn(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await holdPageScript(page);
  await page.goto(host.url, { waitUntil: 'commit' });
  await page.getByLabel('Username').fill('alice');
  await page.getByLabel('Password').fill('a password');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await page.getByLabel('Password').press('Enter');
  await page.waitForTimeout(500);
  expect(page.url()).toBe(`${host.url}/`);
  expect(requests.filter((r) => r.includes('alice') || r.includes('password') || r.startsWith('POST'))).toEqual([]);
  // Not even an attempt that the Content-Security-Policy had to stop: the disabled Sign in prevents it.
  expect(problems).toEqual([]);
});

test.describe('in a browser set to German', () => {
  test.use({ locale: 'de-DE' });

  test('the HTML’s English form, typed into, becomes German when the script arrives, with what was typed and focus kept', async ({
    page,
  }) => {
    const problems = problemsOn(page);
    const script = await holdPageScript(page);
    await page.goto(host.url, { waitUntil: 'commit' });
    const username = page.locator('input[name="username"]');
    await expect(page.getByLabel('Username')).toBeFocused();
    await username.pressSequentially('alice');
    await mark(username);

    await script.release();
    await expect(page.getByRole('heading', { name: dePage.signInHeading })).toBeVisible();
    await expect(page.getByLabel(dePage.usernameLabel)).toHaveValue('alice');
    await expect(page.getByLabel(dePage.usernameLabel)).toBeFocused();
    expect(await isSameElement(username)).toBe(true);
    await expect(page.getByRole('button', { name: dePage.signIn })).toBeEnabled();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(problems).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  // (Its <noscript> line, which says the page needs JavaScript, is not drawn here: Playwright stops
  // scripts from running but the page is still parsed as if they could.)
  test('the HTML’s form shows and Sign in stays off: nothing can be sent without the page’s script', async ({ page }) => {
    await page.goto(host.url);
    await expect(page.getByLabel('Username')).toBeEditable();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });
});
