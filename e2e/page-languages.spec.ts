import { expect, test, type Page } from '@playwright/test';
import { deMessages, esMessages, frMessages, type Messages } from '../src/index.ts';
import { dePage } from '../src/app/locales/de.ts';
import { esPage } from '../src/app/locales/es.ts';
import { frPage } from '../src/app/locales/fr.ts';
import type { PageMessages } from '../src/app/page-messages.ts';
import { expectNoViolations } from './support/axe.ts';
import { newUser } from './support/cognito.ts';

/** Signs in on the page's form by its fields, whatever language it speaks. */
async function signInByFields(page: Page, pool: 'MFA required' | 'MFA optional', user: { username: string; password: string }) {
  await page.getByRole('radio', { name: pool, exact: true }).check();
  await page.locator('input[name=username]').fill(user.username);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[type=submit]').click();
}

const languages: [string, string, PageMessages, Messages][] = [
  ['fr-FR', 'fr', frPage, frMessages],
  ['de-DE', 'de', dePage, deMessages],
  ['es-ES', 'es', esPage, esMessages],
];

for (const [locale, lang, t, w] of languages) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test(`gets the page and the setup screen in its language, with lang="${lang}"`, async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { name: t.signInHeading, exact: true })).toBeVisible();
      await expect(page).toHaveTitle(t.pageTitle(t.signInHeading, 'Cognito MFA demo'));
      await expect(page.getByLabel(t.passwordLabel, { exact: true })).toBeVisible();

      const user = await newUser('required');
      await signInByFields(page, 'MFA required', user);
      await expect(page.getByRole('heading', { name: w.setupHeading })).toBeFocused();
      await expect(page.getByRole('heading', { name: t.enrollHeading })).toBeVisible();
      await expect(page.getByRole('img', { name: w.qrLabel('Cognito MFA demo', user.username) })).toBeVisible();
      await expect(page.getByRole('timer')).toHaveText(w.timeLeft('3:00'));
      await expect(page.getByRole('textbox', { name: w.codeLabel })).toBeVisible();
      await expect(page.getByRole('button', { name: w.verify })).toBeVisible();
      await expect(page.getByRole('button', { name: w.showKey })).toBeVisible();
      await expect(page.locator('.mfa-wizard')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(t.pageTitle(t.setupTitle, 'Cognito MFA demo'));
      await expectNoViolations(page, `setup in ${locale}`);
    });
  });
}

test.describe('the language chooser', () => {
  test.use({ locale: 'de-DE' });

  test("overrides the browser's language, keeps it in the address, and sets lang", async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: dePage.signInHeading, exact: true })).toBeVisible();
    await page.getByLabel(dePage.language).selectOption('es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { name: esPage.signInHeading, exact: true })).toBeVisible();
    await expect(page.getByLabel(esPage.language)).toHaveValue('es');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await page.reload();
    await expect(page.getByRole('heading', { name: esPage.signInHeading, exact: true })).toBeVisible();
    await page.goto('/?lang=fr');
    await expect(page.getByRole('heading', { name: frPage.signInHeading, exact: true })).toBeVisible();
  });
});
