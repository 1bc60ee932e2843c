import { expect, test, type Locator } from '@playwright/test';
import { delayOperation } from './support/faults.ts';
import { codeNow, scanQrCode, signIn, signInAsNewUser } from './support/flows.ts';

/** The computed styles that make a button look the way it does. */
const look = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      borderRadius: style.borderRadius,
      padding: style.padding,
      minHeight: style.minHeight,
      fontWeight: style.fontWeight,
      fontSize: style.fontSize,
      borderWidth: style.borderWidth,
    };
  });

test.describe("the page's and the wizard's buttons", () => {
  test("look alike, and the page never fades the wizard's busy Verify (fault: Verify held for 2 s)", async ({ page }) => {
    await page.goto('/');
    const pageLook = await look(page.getByRole('button', { name: 'Sign in' }));
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    const verify = page.getByRole('button', { name: 'Verify' });
    expect(await look(verify)).toEqual(pageLook);
    const colours = () =>
      verify.evaluate((element) => ({ opacity: getComputedStyle(element).opacity, background: getComputedStyle(element).backgroundColor }));
    const atRest = await colours();

    await delayOperation(page, 'VerifySoftwareToken', 2_000);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await verify.click();
    await expect(verify).toHaveAttribute('aria-busy', 'true');
    expect(await colours()).toEqual({ ...atRest, opacity: '1' });
  });
});

test.describe('in forced colours', () => {
  test.use({ forcedColors: 'active' });

  test("the page's message boxes keep an edge, and an error is marked by a sign", async ({ page }) => {
    await signIn(page, 'required', { username: 'nobody', password: 'wrong-Passw0rd!' });
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    const edge = await alert.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: style.borderTopWidth, style: style.borderTopStyle, color: style.borderTopColor, background: style.backgroundColor };
    });
    expect(edge.width).toBe('1px');
    expect(edge.style).toBe('solid');
    expect(edge.color).not.toBe(edge.background);
    await expect(alert.locator('svg.error-sign')).toBeVisible();
  });
});
