import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { enPage } from '../src/app/locales/en.ts';
import { expectNoViolations } from './support/axe.ts';
import { scanQrCode, signInAsNewUser } from './support/flows.ts';

test.describe('browser Back during setup', () => {
  test('asks before throwing away a key that may be scanned; staying keeps the same key', async ({ page }) => {
    const user = await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);

    await page.goBack();
    const question = page.getByRole('group', { name: enPage.leaveSetupQuestion });
    await expect(question).toBeFocused();
    await expect(question).toHaveAccessibleDescription(defaultMessages.cancelEffect);
    await expectNoViolations(page, "Back's question");

    await page.getByRole('button', { name: defaultMessages.keepSettingUp }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByTestId('mfa-secret')).toHaveText(new RegExp(account.secret.slice(0, 4)));

    await page.goBack();
    await page.getByRole('button', { name: defaultMessages.confirmCancel }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(user.username);
  });
});
