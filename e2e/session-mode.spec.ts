import { expect, test } from '@playwright/test';
import { answerTotpSignIn, codeNow, enterCode, scanQrCode, signIn, signInAsNewUser, wrongCode } from './support/flows.ts';
import { readQrCode } from './support/qr.ts';

test.describe('session mode: a user of an MFA-required pool is enrolled at sign-in', () => {
  test('scan, a wrong code, a right code, signed in; the next sign-in asks for a TOTP code', async ({ page }) => {
    const user = await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    expect(account.issuer).toBe('Cognito MFA demo');
    expect(account.label).toBe(user.username);

    await enterCode(page, wrongCode(account));
    await expect(page.getByRole('alert')).toContainText(/wasn't accepted/i);
    await expect(page.getByRole('alert')).toContainText(/time on your phone/i);
    const field = page.getByLabel('6-digit code');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    // The same QR code and key: the account the user already added still works.
    expect(await readQrCode(page.getByTestId('mfa-qr'))).toBe(account.uri);
    await expect(page.getByTestId('mfa-secret')).toBeVisible();

    await enterCode(page, codeNow(account));
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${user.username}`)).toBeVisible();
    // Focus lands on the heading, which reads out the notice with it.
    const signedIn = page.getByRole('heading', { name: "You're signed in" });
    await expect(signedIn).toBeFocused();
    await expect(signedIn).toHaveAccessibleDescription(/^Authenticator app added\./);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveAccessibleDescription("You're signed out.");
    await signIn(page, 'required', user);
    await answerTotpSignIn(page, account);
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
  });
});
