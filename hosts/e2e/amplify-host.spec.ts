import { expect, test, type Request } from '@playwright/test';
import { codeFor, nextUnusedCodeFor } from '../../dev/test/totp.ts';
import { enterCode, newUser, scan, signIn, wrongCode } from './host.ts';

// The Amplify host, built for production and installed from the tarball: Amplify v6 (its default
// SRP sign-in) against the local Cognito, the wizard through cognito-mfa-wizard/amplify.

/** The Cognito operations the page sends (its X-Amz-Target). */
function operations(page: import('@playwright/test').Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const target = request.headers()['x-amz-target'];
    if (request.method() === 'POST' && target) seen.push(target.split('.').pop() ?? target);
  });
  return seen;
}

test("an MFA-required user: the wizard on Amplify's TOTP-setup step, a wrong code, the right one, DONE; one AssociateSoftwareToken", async ({
  page,
}) => {
  const user = await newUser('required');
  const sent = operations(page);
  await page.goto('/');
  await signIn(page, 'required', user);
  const account = await scan(page);
  expect(account.issuer).toBe('Amplify host');
  expect(account.label).toBe(user.username);
  await enterCode(page, wrongCode(account));
  await expect(page.getByRole('alert')).toContainText(/code/i);
  await expect(page.getByTestId('mfa-qr')).toBeVisible();
  await enterCode(page, await nextUnusedCodeFor(account.secret));
  await expect(page.getByRole('status').filter({ hasText: 'Amplify sign-in step' })).toHaveText('Amplify sign-in step: DONE');
  expect(sent.filter((operation) => operation === 'AssociateSoftwareToken')).toHaveLength(1);
  expect(sent).toContain('RespondToAuthChallenge');
});

test('a signed-in user of the optional pool adds an app: TOTP is then preferred, and the next sign-in asks for a code', async ({ page }) => {
  const user = await newUser('optional');
  await page.goto('/');
  await signIn(page, 'optional', user);
  await expect(page.getByRole('status')).toHaveText('Amplify sign-in step: DONE');
  await page.getByRole('button', { name: 'Add an authenticator app' }).click();
  const account = await scan(page);
  await enterCode(page, codeFor(account.secret));
  await expect(page.getByRole('status')).toHaveText('Preferred MFA: TOTP');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'optional', user);
  await expect(page.getByRole('status')).toHaveText('Amplify sign-in step: CONFIRM_SIGN_IN_WITH_TOTP_CODE');
});
