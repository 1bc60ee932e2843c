import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { codeNow, recordCognitoCalls, scanQrCode, signInAsNewUser } from './support/flows.ts';

test.describe('the code field: every validation message, typed and pasted, and no request for a bad code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('bad codes are refused in the page with their own message; a pasted "123 456" is accepted', async ({ page }) => {
    const calls = recordCognitoCalls(page);
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    const field = page.getByLabel('6-digit code');
    const verify = page.getByRole('button', { name: 'Verify' });

    const typed: [string, string][] = [
      ['', defaultMessages['code:empty']],
      ['12345', defaultMessages['code:too-short']],
      ['1234567', defaultMessages['code:too-long']],
      ['12a456', defaultMessages['code:not-digits']],
    ];
    for (const [code, message] of typed) {
      await field.fill(code);
      await verify.click();
      await expect(page.getByText(message)).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toBeFocused();
    }

    const paste = async (text: string) => {
      await field.fill('');
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await field.focus();
      await page.keyboard.press('ControlOrMeta+V');
    };
    const pasted: [string, string][] = [
      ['123 45', defaultMessages['code:too-short']],
      ['12-345-67', defaultMessages['code:too-long']],
      ['code: 123456', defaultMessages['code:not-digits']],
    ];
    for (const [code, message] of pasted) {
      await paste(code);
      await expect(field).toHaveValue(code);
      await page.keyboard.press('Enter');
      await expect(page.getByText(message)).toBeVisible();
    }
    expect(calls).not.toContain('VerifySoftwareToken');

    const code = codeNow(account);
    await paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    expect(calls.filter((c) => c === 'VerifySoftwareToken')).toHaveLength(1);
  });
});
