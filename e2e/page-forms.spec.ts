import { expect, test } from '@playwright/test';
import { enPage } from '../src/app/locales/en.ts';
import { expectNoViolations } from './support/axe.ts';
import { newUserWithTemporaryPassword } from './support/cognito.ts';
import { clearFaults, injectFault } from './support/faults.ts';
import { signIn } from './support/flows.ts';

test.describe('the page before setup', () => {
  test('says an authenticator app is needed, and for how long setup lasts, where the pool may ask for one', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'MFA required', exact: true }).check();
    await expect(page.getByText(/install it before you sign in: setup must be finished within 3 minutes/)).toBeVisible();
    await page.getByRole('radio', { name: 'MFA optional', exact: true }).check();
    await expect(page.getByText(/install it before you sign in/)).toHaveCount(0);
  });

  test('a new password: the rules up front, each problem under its field, which takes focus and reads it', async ({ page }) => {
    await signIn(page, 'required', await newUserWithTemporaryPassword('required'));
    const password = page.getByLabel('New password', { exact: true });
    const repeat = page.getByLabel('Repeat the new password');
    await expect(password).toHaveAccessibleDescription(
      'Your password needs: at least 8 characters a lower case letter an upper case letter a number a symbol, such as ! ? # or %',
    );

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(password).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(`${enPage.passwordEmpty}$`));

    await password.fill('My-new-Passw0rd!');
    await repeat.fill('Another-Passw0rd!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(repeat).toBeFocused();
    await expect(repeat).toHaveAttribute('aria-invalid', 'true');
    await expect(repeat).toHaveAccessibleDescription(enPage.passwordsDiffer);
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'new password, the two differ');
  });

  test('fault: Cognito refuses the new password (InvalidPasswordException; the local Cognito checks no policy there): the reason under the field, emptied and focused for another', async ({
    page,
  }) => {
    await signIn(page, 'required', await newUserWithTemporaryPassword('required'));
    const password = page.getByLabel('New password', { exact: true });
    const repeat = page.getByLabel('Repeat the new password');
    // Only the new password's answer: the sign-in's own RespondToAuthChallenge (SRP) is done by now.
    await expect(password).toBeVisible();
    await injectFault(page, 'RespondToAuthChallenge', { name: 'InvalidPasswordException', message: 'Password does not conform to policy' });
    await password.fill('Weak-Passw0rd!');
    await repeat.fill('Weak-Passw0rd!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(password).toBeFocused();
    await expect(password).toHaveValue('');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(`${enPage.passwordRejected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    await clearFaults(page);
    await password.fill('My-new-Passw0rd!');
    await repeat.fill('My-new-Passw0rd!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  });
});
