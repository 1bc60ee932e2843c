import { expect, test } from '@playwright/test';
import { enPage } from '../src/app/locales/en.ts';
import { expectNoViolations } from './support/axe.ts';
import { newUser } from './support/cognito.ts';
import { answerTotpSignIn, codeNow, enterCode, scanQrCode, signIn } from './support/flows.ts';
import { codeFor } from '../dev/test/totp.ts';

test.describe('the signed-in page manages the authenticator app (pool with optional MFA)', () => {
  test('Replace asks, sets up a new key, and only the new entry signs in', async ({ page }) => {
    const user = await newUser('optional');
    await signIn(page, 'optional', user);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const first = await scanQrCode(page);
    await enterCode(page, codeNow(first));
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
    await expect(page.getByText(/there are no backup codes/)).toBeVisible();
    // Followed, the help opens in a new tab, and this one stays signed in.
    const help = page.getByRole('link', { name: 'What to do if you lose your phone (opens in a new tab)' });
    await expect(help).toHaveAttribute('href', '/lost-phone.html');
    const [helpTab] = await Promise.all([page.context().waitForEvent('page'), help.click()]);
    await helpTab.close();
    await expect(page.getByText('Authenticator app: On')).toBeVisible();

    await page.getByRole('button', { name: enPage.replaceApp }).click();
    const question = page.getByRole('group', { name: enPage.replaceQuestion });
    await expect(question).toBeFocused();
    await expect(question).toHaveAccessibleDescription(enPage.replaceEffect);
    await expectNoViolations(page, "Replace's question");
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: enPage.replaceApp })).toBeFocused();

    await page.getByRole('button', { name: enPage.replaceApp }).click();
    await question.getByRole('button', { name: enPage.replaceApp }).click();
    await expect(page.getByText(enPage.replaceIntro)).toBeVisible();
    const second = await scanQrCode(page);
    expect(second.secret).not.toBe(first.secret);
    await enterCode(page, codeNow(second));
    await expect(page.getByText(enPage.replacedNotice)).toBeVisible();
    // What Cognito says (GetUser), not what the page assumes.
    await expect(page.getByText('Authenticator app: On')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'optional', user);
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await expect(page.getByText(`find Cognito MFA demo (${user.username})`)).toBeVisible();
    await page.getByLabel('6-digit code').fill(codeFor(first.secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await answerTotpSignIn(page, second);
  });

  test('Turn off asks, then Cognito says Not set up, and sign-in asks for no code', async ({ page }) => {
    const user = await newUser('optional');
    await signIn(page, 'optional', user);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await enterCode(page, codeNow(await scanQrCode(page)));
    await expect(page.getByText('Authenticator app: On')).toBeVisible();

    await page.getByRole('button', { name: enPage.turnOffApp }).click();
    const question = page.getByRole('group', { name: enPage.turnOffQuestion });
    await expect(question).toBeFocused();
    await expect(question).toHaveAccessibleDescription(enPage.turnOffEffect);
    await expectNoViolations(page, "Turn off's question");
    await question.getByRole('button', { name: enPage.turnOffApp }).click();
    await expect(page.getByText('Authenticator app: Not set up')).toBeVisible();
    const heading = page.getByRole('heading', { name: "You're signed in" });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAccessibleDescription(enPage.turnedOffNotice);
    await expectNoViolations(page, 'turned off');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'optional', user);
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  });

  test('a pool that requires MFA offers Replace but not Turn off', async ({ page }) => {
    const user = await newUser('required');
    await signIn(page, 'required', user);
    await enterCode(page, codeNow(await scanQrCode(page)));
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
    await expect(page.getByRole('button', { name: enPage.replaceApp })).toBeVisible();
    await expect(page.getByRole('button', { name: enPage.turnOffApp })).toHaveCount(0);
  });
});
