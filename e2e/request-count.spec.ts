import { expect, test } from '@playwright/test';
import { codeNow, recordCognitoCalls, scanQrCode, signInAsNewUser } from './support/flows.ts';
import { delayOperation } from './support/faults.ts';

/** What the page sent from the first Associate on: the enrollment's own requests. */
const enrollmentCalls = (calls: string[]) => calls.slice(calls.indexOf('AssociateSoftwareToken'));

test.describe('exactly three Cognito requests per enrollment', () => {
  test('session mode: associate, verify, complete', async ({ page }) => {
    const calls = recordCognitoCalls(page);
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    // The SRP sign-in's two requests (its challenge and the password's proof), then the enrollment's three.
    expect(calls.slice(0, 2)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(enrollmentCalls(calls)).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
  });

  test('access-token mode: associate, verify, set the MFA preference', async ({ page }) => {
    const calls = recordCognitoCalls(page);
    await signInAsNewUser(page, 'optional');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const account = await scanQrCode(page);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
    expect(enrollmentCalls(calls)).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference']);
  });

  test('a double click and an Enter while the code is being checked send one Verify (its answer held back 1 s)', async ({
    page,
  }) => {
    const calls = recordCognitoCalls(page);
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    await delayOperation(page, 'VerifySoftwareToken', 1_000);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Verify' }).dblclick();
    await page.getByLabel('6-digit code').press('Enter');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    expect(calls.filter((c) => c === 'VerifySoftwareToken')).toHaveLength(1);
    expect(calls.filter((c) => c === 'AssociateSoftwareToken')).toHaveLength(1);
  });
});
