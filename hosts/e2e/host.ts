import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { LocalCognitoDetails } from '../../dev/local-cognito/seed.ts';
import { codeFor, wrongCodeFor } from '../../dev/test/totp.ts';
import { newUserIn } from '../../e2e/support/cognito.ts';
import { parseOtpauth, readQrCode, type ScannedAccount } from '../../e2e/support/qr.ts';

/** The local Cognito that hosts/run.ts started. */
const details = () => JSON.parse(readFileSync(process.env.HOSTS_COGNITO_DETAILS ?? '', 'utf8')) as LocalCognitoDetails;

export const newUser = (pool: 'required' | 'optional') => newUserIn(details(), pool);

/**
 * Console messages that React prints when hydration or rendering goes wrong; production builds
 * print them as numbered errors (418 to 425 are hydration's).
 */
export function collectReactWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if ((message.type() === 'error' || message.type() === 'warning') && /hydrat|did not match|server rendered|Warning:|Minified React error|react\.dev\/errors\//i.test(text)) {
      warnings.push(text);
    }
  });
  page.on('pageerror', (error) => warnings.push(error.message));
  return warnings;
}

/** Signs in on the host's own form. */
export async function signIn(page: Page, pool: 'required' | 'optional', user: { username: string; password: string }) {
  await page.getByRole('radio', { name: `MFA ${pool}` }).check();
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Reads the QR code off the screen, as a phone would. */
export async function scan(page: Page): Promise<ScannedAccount> {
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  return parseOtpauth(await readQrCode(page.getByTestId('mfa-qr')));
}

export async function enterCode(page: Page, code: string) {
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

export const codeNow = (account: ScannedAccount) => codeFor(account.secret);
export const wrongCode = (account: ScannedAccount) => wrongCodeFor(account.secret);
