import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { expectNoViolations } from './support/axe.ts';
import { newUser, newUserWithTemporaryPassword } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { codeNow, enterCode, scanQrCode, signIn, signInAsNewUser, wrongCode } from './support/flows.ts';
import { clearFaults, holdNext, injectFault } from './support/faults.ts';
import { parseOtpauth, readQrCode } from './support/qr.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing on any step or error state of session mode', async ({ page }) => {
      await page.goto('/');
      await expectNoViolations(page, 'sign-in');
      await signIn(page, 'required', { username: 'nobody', password: 'wrong-Passw0rd!' });
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'sign-in error');

      await signInAsNewUser(page, 'required');
      const account = await scanQrCode(page);
      await expectNoViolations(page, 'setup with the key shown');
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByText(defaultMessages['code:empty'])).toBeVisible();
      await expectNoViolations(page, 'validation message');
      await enterCode(page, wrongCode(account));
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'wrong code');
      await enterCode(page, codeNow(account));
      await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
      await expectNoViolations(page, 'signed in');
    });

    test('axe finds nothing on the setup step while Cognito makes the key (fault: AssociateSoftwareToken held on its way)', async ({
      page,
    }) => {
      const associate = await holdNext(page, 'AssociateSoftwareToken');
      await signInAsNewUser(page, 'required');
      await associate.held;
      await expect(page.getByText(defaultMessages.creatingKey)).toBeVisible();
      await expect(page.getByRole('textbox', { name: defaultMessages.codeLabel })).toBeVisible();
      await expectNoViolations(page, 'setup while the key is made');
      await associate.letGo();
      await expect(page.getByText(defaultMessages.creatingKey)).toBeHidden();
      await scanQrCode(page);
    });

    test('axe finds nothing on the failed step, the restart notice, the TOTP sign-in and access-token setup', async ({
      page,
    }) => {
      const expiring = await newUser('shortSession');
      await signIn(page, 'shortSession', expiring);
      const account = await scanQrCode(page);
      await page.waitForTimeout((e2eEnv().shortSessionSeconds + 1) * 1_000);
      await enterCode(page, codeNow(account));
      await expect(page.getByRole('heading', { name: defaultMessages['errorHeading:session-expired'] })).toBeVisible();
      await expectNoViolations(page, 'failed step (session expired)');
      await page.getByRole('button', { name: defaultMessages.signInAgain }).click();
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expectNoViolations(page, 'sign-in with the restart notice');

      const user = await newUser('optional');
      await signIn(page, 'optional', user);
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      const tokenAccount = await scanQrCode(page);
      await expectNoViolations(page, 'access-token setup');
      await enterCode(page, codeNow(tokenAccount));
      await expect(page.getByText('Authenticator app: On')).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, 'optional', user);
      await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
      await expectNoViolations(page, 'TOTP sign-in');
    });

    test('axe finds nothing on retryable errors, the Try again step, the running-out warning and the new-password form', async ({
      page,
    }) => {
      await injectFault(page, 'AssociateSoftwareToken', 'drop-connection');
      await signInAsNewUser(page, 'optional');
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await expect(page.getByRole('button', { name: defaultMessages.tryAgain })).toBeVisible();
      await expectNoViolations(page, 'failed step with Try again (fault: dropped connection)');
      await clearFaults(page);

      // The page's clock runs fast from here; no request is faked.
      await page.clock.install();
      await signInAsNewUser(page, 'required');
      const account = await scanQrCode(page);
      await injectFault(page, 'VerifySoftwareToken', { name: 'TooManyRequestsException' });
      await enterCode(page, codeNow(account));
      await expect(page.getByRole('alert').filter({ hasText: defaultMessages['error:too-many-requests'] })).toBeVisible();
      await expectNoViolations(page, 'setup with a retryable error (fault: throttling)');
      await clearFaults(page);
      await page.clock.fastForward('02:10');
      await expect(page.getByText(defaultMessages.sessionRunningOut)).toBeVisible();
      await expectNoViolations(page, 'the running-out warning');

      await signIn(page, 'required', await newUserWithTemporaryPassword('required'));
      await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
      await expectNoViolations(page, 'new-password form');
    });

    test('axe finds nothing on the page for a deployment without configuration (fault: no config.json)', async ({
      page,
    }) => {
      await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto('/');
      await expect(page.getByRole('heading', { name: "This page isn't set up yet" })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('No configuration');
      await expectNoViolations(page, 'configuration problem');
    });
  });
}

test.describe('accessibility on a phone-sized screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('axe finds nothing, and the otpauth link opens the same account as the QR', async ({ page }) => {
    await signInAsNewUser(page, 'required');
    const link = page.getByRole('link', { name: defaultMessages.openInApp });
    await expect(link).toBeVisible();
    await expectNoViolations(page, 'setup on a phone');
    // On a phone the QR code is for another device, behind its own button.
    await page.getByRole('button', { name: defaultMessages.scanWithAnotherDevice }).click();
    const account = parseOtpauth(await readQrCode(page.getByTestId('mfa-qr')));
    await expect(link).toHaveAttribute('href', account.uri);
    await expectNoViolations(page, 'setup on a phone with the QR code shown');
  });
});

test.describe('keyboard only', () => {
  test('a user who only uses the keyboard signs in and enrolls, with focus on each step', async ({ page }) => {
    const user = await newUser('required');
    await page.goto('/');
    await expect(page.getByLabel('Username')).toBeFocused();
    await page.keyboard.type(user.username);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { name: 'Set up your authenticator app' });
    await expect(heading).toBeFocused();
    const reveal = page.getByRole('button', { name: /can't scan it/i });
    for (let i = 0; i < 10 && !(await reveal.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    // The same button, now for hiding the key.
    await expect(page.getByRole('button', { name: 'Hide the key' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Hide the key' })).toHaveAttribute('aria-expanded', 'true');
    const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');

    const field = page.getByLabel('6-digit code');
    for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(field).toBeFocused();
    const { codeFor } = await import('../dev/test/totp.ts');
    await page.keyboard.type(codeFor(secret));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeFocused();
  });
});
