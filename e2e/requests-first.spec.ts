import { expect, test, type Page } from '@playwright/test';
import { newUser } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { scanQrCode } from './support/flows.ts';

// The production build, as a user gets it. On a phone, rendering a screen takes tens of
// milliseconds: a request that waits for the render reaches Cognito that much later. These tests
// read the order in which the page hands its requests to the network and changes the screen.
test.use({ baseURL: e2eEnv().previewUrl });

/**
 * Records, in order, each Cognito operation as the page calls fetch for it, and the first moment the
 * Sign in button shows it is busy ("busy") and the wizard is on the page ("wizard"). It only watches.
 */
async function watchOrder(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const order: string[] = [];
    Object.assign(window, { __order: order });
    const once = (what: string) => order.includes(what) || order.push(what);
    const send = window.fetch;
    window.fetch = (input, init) => {
      const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
      const target = headers.get('x-amz-target');
      if (target) order.push(target.split('.').pop() ?? target);
      return send(input, init);
    };
    new MutationObserver(() => {
      if (document.querySelector('button[aria-busy="true"]')) once('busy');
      if (document.querySelector('.mfa-wizard')) once('wizard');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __order: string[] }).__order);
}

/**
 * Waits until the page has downloaded every script it asked for and asked for no other for a moment:
 * what the page gets ready while a person types has arrived (and the SRP pair, made as it arrives).
 */
async function scriptsSettled(page: Page) {
  const count = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js')).length);
  let seen = -1;
  await expect
    .poll(async () => {
      const now = await count();
      const settled = now === seen && now > 0;
      seen = now;
      return settled;
    }, { intervals: [300] })
    .toBe(true);
}

test('a sign-in that needs MFA set up: InitiateAuth leaves before the form shows it is busy, AssociateSoftwareToken before the wizard is drawn', async ({
  page,
}) => {
  const order = await watchOrder(page);
  const user = await newUser('required');
  await page.goto('/');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  // As a person moves to the button: the page gets the sign-in ready meanwhile (its chunks, the SRP pair).
  await scriptsSettled(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await scanQrCode(page);

  const seen = await order();
  expect(seen.filter((what) => what !== 'busy' && what !== 'wizard')).toEqual([
    'InitiateAuth',
    'RespondToAuthChallenge',
    'AssociateSoftwareToken',
  ]);
  expect(seen.indexOf('InitiateAuth')).toBeLessThan(seen.indexOf('busy'));
  expect(seen.indexOf('AssociateSoftwareToken')).toBeLessThan(seen.indexOf('wizard'));
});
