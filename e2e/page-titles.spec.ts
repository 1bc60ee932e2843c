import { expect, test } from '@playwright/test';
import { newUserWithTemporaryPassword } from './support/cognito.ts';
import { answerTotpSignIn, codeNow, enterCode, scanQrCode, signIn } from './support/flows.ts';

const issuer = 'Cognito MFA demo';

test.describe('the document title', () => {
  test('names each screen: sign-in, new password, setup, signed in, then the TOTP step', async ({ page }) => {
    const user = await newUserWithTemporaryPassword('required');
    await page.goto('/');
    await expect(page).toHaveTitle(`Sign in – ${issuer}`);
    await signIn(page, 'required', user);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expect(page).toHaveTitle(`Choose a new password – ${issuer}`);
    const password = 'My-new-Passw0rd!';
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('Repeat the new password').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();

    const account = await scanQrCode(page);
    await expect(page).toHaveTitle(`Set up your authenticator app – ${issuer}`);
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expect(page).toHaveTitle(`You're signed in – ${issuer}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveTitle(`Sign in – ${issuer}`);
    await signIn(page, 'required', { ...user, password });
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await expect(page).toHaveTitle(`Enter your code – ${issuer}`);
    await answerTotpSignIn(page, account);
  });
});
