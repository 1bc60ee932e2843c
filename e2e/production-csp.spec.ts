import { expect, test } from '@playwright/test';
import { localCognito } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { codeNow, enterCode, scanQrCode, signInAsNewUser } from './support/flows.ts';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test.use({ baseURL: e2eEnv().previewUrl });

test('the production build completes an enrollment under its strict Content-Security-Policy, with no violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) reported.push(message.text());
  });

  await page.goto('/');
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain(`connect-src 'self' ${new URL(localCognito().endpoint).origin}`);

  await signInAsNewUser(page, 'required');
  const account = await scanQrCode(page);
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();

  expect(await page.evaluate(() => window.cspViolations ?? [])).toEqual([]);
  expect(reported).toEqual([]);
});
