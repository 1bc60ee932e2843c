import { expect, test } from '@playwright/test';
import { answerTotpSignIn, codeNow, enterCode, scanQrCode, signIn, signInAsNewUser } from './support/flows.ts';

test.describe('access-token mode: a signed-in user adds an authenticator app', () => {
  test('set up from the signed-in view, a right code, done; the next sign-in asks for a TOTP code', async ({ page }) => {
    const user = await signInAsNewUser(page, 'optional');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expect(page.getByText('Authenticator app: Not set up')).toBeVisible();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();

    const account = await scanQrCode(page);
    expect(account.label).toBe(user.username);
    await page.getByLabel('Device name (optional)').fill('Work phone');
    await enterCode(page, codeNow(account));
    // Focus lands on the heading, which reads out the notice with it.
    const signedIn = page.getByRole('heading', { name: "You're signed in" });
    await expect(signedIn).toBeFocused();
    await expect(signedIn).toHaveAccessibleDescription(/^Authenticator app added\./);
    await expect(page.getByText('Authenticator app: On')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'optional', user);
    await expect(page.getByText('Work phone')).toBeVisible();
    await answerTotpSignIn(page, account);
  });
});
