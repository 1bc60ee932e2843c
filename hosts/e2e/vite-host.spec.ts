import { expect, test } from '@playwright/test';
import { codeNow, collectReactWarnings, enterCode, newUser, scan, signIn, wrongCode } from './host.ts';

// The Vite hosts (React 19, and React 18 on the dependency floors), built for production and
// installed from the tarball, against the local Cognito.

test('session mode: an MFA-required user enrolls at sign-in, after a wrong code, and is signed in', async ({ page }) => {
  const warnings = collectReactWarnings(page);
  const user = await newUser('required');
  await page.goto('/');
  await signIn(page, 'required', user);
  const account = await scan(page);
  expect(account.issuer).toBe('Host fixture');
  expect(account.label).toBe(user.username);

  await enterCode(page, wrongCode(account));
  await expect(page.getByRole('alert')).toContainText(/code/i);
  await expect(page.getByTestId('mfa-qr')).toBeVisible();

  await enterCode(page, codeNow(account));
  await expect(page.getByRole('status').filter({ hasText: 'Enrolled' })).toHaveText('Enrolled in session mode, signed in');
  expect(warnings).toEqual([]);
});

test('access-token mode: a signed-in user adds an app, and the next sign-in asks for its code', async ({ page }) => {
  const user = await newUser('optional');
  await page.goto('/');
  await signIn(page, 'optional', user);
  const account = await scan(page);
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('status').filter({ hasText: 'Enrolled' })).toHaveText('Enrolled in accessToken mode');

  await page.goto('/');
  await signIn(page, 'optional', user);
  await expect(page.getByRole('status')).toHaveText('Cognito asks for a code from the authenticator app');
});

test("colorScheme: the host's dark class turns the wizard dark, its box keeping its padding", async ({ page }) => {
  const user = await newUser('optional');
  await page.goto('/');
  await signIn(page, 'optional', user);
  await scan(page);
  const wizard = page.locator('.mfa-wizard');
  const look = () =>
    wizard.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color, padding: style.paddingTop };
    });
  const light = await look();
  await page.getByLabel('Dark theme').check();
  await expect(wizard).toHaveAttribute('data-color-scheme', 'dark');
  const dark = await look();
  expect(light).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(27, 31, 36)', padding: '16px' });
  expect(dark).toEqual({ background: 'rgb(22, 27, 34)', color: 'rgb(230, 237, 243)', padding: '16px' });
});
