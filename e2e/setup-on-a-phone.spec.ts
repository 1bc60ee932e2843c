import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { expectNoViolations } from './support/axe.ts';
import { codeNow, signInAsNewUser } from './support/flows.ts';
import { expectOnFirstScreen } from './support/layout.ts';
import { measureQrCode, parseOtpauth } from './support/qr.ts';

test.describe('the setup screen on a 390×844 touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });

  test('leads with "Open in authenticator app" on the first screen, with steps for one device; the QR code is for another device', async ({
    page,
  }) => {
    await signInAsNewUser(page, 'required');
    const open = page.getByRole('link', { name: defaultMessages.openInApp });
    await expectOnFirstScreen(open, 'Open in authenticator app');
    await expect(page.getByRole('listitem').first()).toHaveText(defaultMessages.phoneInstructions[0] ?? '');
    await expect(page.getByRole('listitem').nth(2)).toHaveText(defaultMessages.phoneInstructions[2] ?? '');
    await expect(page.getByTestId('mfa-qr')).toHaveCount(0);
    await expectNoViolations(page, 'phone setup');

    const scan = page.getByRole('button', { name: defaultMessages.scanWithAnotherDevice });
    await scan.click();
    await expect(page.getByRole('button', { name: defaultMessages.hideQr })).toHaveAttribute('aria-expanded', 'true');
    const reading = await measureQrCode(page.getByTestId('mfa-qr'));
    await expect(open).toHaveAttribute('href', reading.text);
    expect(reading.version).toBeLessThanOrEqual(7);
    expect(reading.modulePx).toBeGreaterThanOrEqual(4);
    await expectNoViolations(page, 'phone setup with the QR code');

    // Back from the app with a code: it goes in like anywhere else.
    const account = parseOtpauth(reading.text);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  });
});

test.describe('the setup screen on a laptop at 200% zoom (as narrow as a phone, with a mouse)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('is the desktop flow: the QR code with steps to scan it, and no link to an app that is not on this computer', async ({
    page,
  }) => {
    await signInAsNewUser(page, 'required');
    await expect(page.getByLabel('6-digit code')).toBeVisible();
    await expect(page.getByTestId('mfa-qr')).toBeVisible();
    await expect(page.getByRole('link', { name: defaultMessages.openInApp })).toHaveCount(0);
    await expect(page.getByRole('button', { name: defaultMessages.scanWithAnotherDevice })).toHaveCount(0);
    await expect(page.getByRole('listitem').nth(1)).toHaveText(defaultMessages.instructions[1] ?? '');
    const reading = await measureQrCode(page.getByTestId('mfa-qr'));
    expect(reading.version).toBeLessThanOrEqual(7);
    expect(reading.modulePx).toBeGreaterThanOrEqual(4);
    await expectNoViolations(page, 'setup at 200% zoom');
  });
});
