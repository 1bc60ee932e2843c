import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { newUser, newUserWithTemporaryPassword } from './support/cognito.ts';
import { codeNow, enrollThenSignOut, enterCode, scanQrCode, signIn, wrongCode } from './support/flows.ts';

test.describe('the page around the wizard: sign-in and its challenges', () => {
  test('a wrong password says so, and the form keeps the username', async ({ page }) => {
    const user = await newUser('required');
    await signIn(page, 'required', { ...user, password: 'not-the-Passw0rd!' });
    await expect(page.getByRole('alert')).toHaveText('The username or password is not right. Check them and try again.');
    await expect(page.getByLabel('Username')).toHaveValue(user.username);
  });

  test('a user an administrator made chooses a password, then must set up an authenticator app', async ({ page }) => {
    const user = await newUserWithTemporaryPassword('required');
    await signIn(page, 'required', user);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeFocused();
    await page.getByLabel('New password', { exact: true }).fill('My-new-Passw0rd!');
    await page.getByLabel('Repeat the new password').fill('Another-Passw0rd!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText("The two passwords don't match.")).toBeVisible();
    await page.getByLabel('Repeat the new password').fill('My-new-Passw0rd!');
    await page.getByRole('button', { name: 'Continue' }).click();

    const account = await scanQrCode(page);
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  });

  test('at a TOTP sign-in, a wrong code says so and a right one signs in', async ({ page }) => {
    const { user, account } = await enrollThenSignOut(page);

    await signIn(page, 'optional', user);
    const field = page.getByLabel('6-digit code');
    await field.fill('12');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(defaultMessages['code:too-short'])).toBeVisible();
    await field.fill(wrongCode(account));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(defaultMessages['error:code-mismatch']);
    // The refused code is gone and the cursor is back, for the next code.
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  });
});
