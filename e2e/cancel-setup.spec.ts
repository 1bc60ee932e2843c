import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { expectNoViolations } from './support/axe.ts';
import { signInAsNewUser } from './support/flows.ts';

test.describe('Cancel once the QR code was shown', () => {
  test('says what becomes of the entry and asks; Keep setting up stays, Stop setup goes back to sign-in', async ({ page }) => {
    const user = await signInAsNewUser(page, 'required');
    await expect(page.getByTestId('mfa-qr')).toBeVisible();
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.click();

    const question = page.getByRole('group', { name: defaultMessages.cancelQuestion });
    await expect(question).toBeFocused();
    await expect(question).toHaveAccessibleDescription(defaultMessages.cancelEffect);
    await expectNoViolations(page, "Cancel's question");

    await page.keyboard.press('Escape');
    await expect(cancel).toBeFocused();
    await expect(question).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(question).toBeFocused();
    await page.getByRole('button', { name: defaultMessages.confirmCancel }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(user.username);
  });
});
