import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe.ts';
import { newUserOfLength } from './support/cognito.ts';
import { enterCode, signIn, wrongCode } from './support/flows.ts';
import { expectOnFirstScreen } from './support/layout.ts';
import { measureQrCode, parseOtpauth } from './support/qr.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the setup screen on a 1280×800 laptop, ${colorScheme}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme });

    test('shows the QR code, the key button, the code field and Verify without scrolling, side by side', async ({ page }) => {
      await signIn(page, 'required', await newUserOfLength('required', 20));
      const qr = page.getByTestId('mfa-qr');
      const field = page.getByLabel('6-digit code');
      const verify = page.getByRole('button', { name: 'Verify' });
      await expectOnFirstScreen(qr, 'the QR code');
      await expectOnFirstScreen(page.getByRole('button', { name: "Can't scan it? Show the key" }), 'the key button');
      await expectOnFirstScreen(field, 'the code field');
      await expectOnFirstScreen(verify, 'Verify');
      // Two columns: the code field starts right of the QR code, not under it.
      const [qrBox, fieldBox] = [await qr.boundingBox(), await field.boundingBox()];
      expect(fieldBox?.x).toBeGreaterThan((qrBox?.x ?? 0) + (qrBox?.width ?? 0));
      await expectNoViolations(page, `setup, two columns, ${colorScheme}`);

      // A wrong code's message comes under the field, and Verify stays on the screen.
      const account = parseOtpauth((await measureQrCode(qr)).text);
      await enterCode(page, wrongCode(account));
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      const alertBox = await alert.boundingBox();
      expect(alertBox?.y).toBeGreaterThan((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0) - 1);
      expect(alertBox?.x).toBe(fieldBox?.x);
      await expectOnFirstScreen(verify, 'Verify after a wrong code');
      await expectNoViolations(page, `wrong code, two columns, ${colorScheme}`);
    });

    test('draws a QR code of version 7 or less at 4 CSS px a module or more, for a 20-character account', async ({ page }) => {
      const user = await newUserOfLength('required', 20);
      await signIn(page, 'required', user);
      const reading = await measureQrCode(page.getByTestId('mfa-qr'));
      const account = parseOtpauth(reading.text);
      expect([account.label, account.issuer, account.secret.length]).toEqual([user.username, 'Cognito MFA demo', 32]);
      expect(reading.version).toBeLessThanOrEqual(7);
      expect(reading.modulePx).toBeGreaterThanOrEqual(4);
      // The shortest URI: what every app assumes is left out.
      expect(reading.text).toBe(
        `otpauth://totp/Cognito%20MFA%20demo:${user.username}?secret=${account.secret}&issuer=Cognito%20MFA%20demo`,
      );
    });
  });
}
