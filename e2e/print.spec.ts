import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { scanQrCode, signInAsNewUser } from './support/flows.ts';

for (const [device, options] of [
  ['a desktop', { viewport: { width: 1280, height: 800 } }],
  // A phone (a touch screen: issue 11 tells phones by input, not width): the setup screen also shows
  // the link that hands the key to the authenticator app, and the QR code and key behind buttons.
  ['a phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const) {
  test.describe(`on ${device}`, () => {
    test.use(options);

    test('printing the setup screen (print media emulated) prints neither the QR code, the key nor the link that carries it', async ({
      page,
    }) => {
      await signInAsNewUser(page, 'required');
      if (device === 'a phone') {
        await page.getByRole('button', { name: defaultMessages.scanWithAnotherDevice }).click();
        await page.getByRole('button', { name: defaultMessages.showKeyOnPhone }).click();
      } else {
        await scanQrCode(page); // also reveals the key
      }
      const qr = page.getByTestId('mfa-qr');
      const key = page.getByTestId('mfa-secret');
      const link = page.getByRole('link', { name: 'Open in authenticator app' });
      await expect(qr).toBeVisible();
      await expect(key).toBeVisible();
      await expect(link).toHaveCount(device === 'a phone' ? 1 : 0);

      await page.emulateMedia({ media: 'print' });
      await expect(qr).toBeHidden();
      await expect(key).toBeHidden();
      await expect(link).toBeHidden();
      // The rest of the screen still prints: what it is for, and where the code goes.
      await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
      await expect(page.getByLabel('6-digit code')).toBeVisible();

      // Back on screen, all of it is there again.
      await page.emulateMedia({ media: 'screen' });
      await expect(qr).toBeVisible();
      await expect(key).toBeVisible();
    });
  });
}
