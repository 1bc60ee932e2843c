import { AdminGetUserCommand, AssociateSoftwareTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { localCognito, withLocalCognito } from './support/cognito.ts';
import { clearFaults, injectFault } from './support/faults.ts';
import { codeNow, enterCode, recordCognitoCalls, scanQrCode, signInAsNewUser, wrongCode } from './support/flows.ts';

/** Serves the page's configuration with another issuer, as an operator might set one. */
async function withIssuer(page: Page, issuer: string) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as object), issuer } });
  });
}

test.describe('an issuer too long for a QR code', () => {
  for (const [what, issuer] of [
    ['1,200 ASCII characters', 'A'.repeat(1_200)],
    ['130 CJK characters', '認証'.repeat(65)],
  ] as const) {
    test(`with ${what}: no blank page, a clear note and the key as text, and the enrollment still completes`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await withIssuer(page, issuer);
      await signInAsNewUser(page, 'optional');
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await expect(page.getByText(defaultMessages.qrTooLong)).toBeVisible();
      await expect(page.getByTestId('mfa-qr')).toHaveCount(0);
      const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      const { codeFor } = await import('../dev/test/totp.ts');
      await enterCode(page, codeFor(secret));
      await expect(page.getByText('Authenticator app: On')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test('two tabs in access-token mode: after the other tab replaced the key, codes are refused twice and a new key is offered', async ({
  page,
}) => {
  // The answer that signs the user in: with SRP, the RespondToAuthChallenge after InitiateAuth.
  let accessToken: string | undefined;
  page.on('response', async (res) => {
    if (!res.request().headers()['x-amz-target']?.startsWith('AWSCognitoIdentityProviderService.')) return;
    const body = (await res.json().catch(() => null)) as { AuthenticationResult?: { AccessToken?: string } } | null;
    accessToken = body?.AuthenticationResult?.AccessToken ?? accessToken;
  });
  await signInAsNewUser(page, 'optional');
  await expect.poll(() => accessToken).toBeTruthy();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const account = await scanQrCode(page);
  // The other tab (the same signed-in user) asks Cognito for a key: the one this tab shows stops working.
  await withLocalCognito((client) => client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken })));
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('alert').filter({ hasText: defaultMessages['error:enable-mfa-failed'] })).toBeVisible();
  await expect(page.getByRole('button', { name: defaultMessages.newKey })).toHaveCount(0);
  await enterCode(page, wrongCode(account));
  await expect(page.getByText(defaultMessages.newKeyOffer)).toBeVisible();
  await page.getByRole('button', { name: defaultMessages.newKey }).click();
  const fresh = await scanQrCode(page);
  expect(fresh.secret).not.toBe(account.secret);
  await enterCode(page, codeNow(fresh));
  await expect(page.getByText('Authenticator app: On')).toBeVisible();
});

test.describe('the signed-in page says only what Cognito said', () => {
  test('fault: GetUser fails (a 500 on every attempt): "Couldn\'t check", and Try again asks again', async ({ page }) => {
    await injectFault(page, 'GetUser', { name: 'InternalErrorException', status: 500 });
    await signInAsNewUser(page, 'optional');
    await expect(page.getByText("Authenticator app: Couldn't check")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toHaveCount(0);
    await clearFaults(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Authenticator app: Not set up')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  });

  test('fault: SetUserMFAPreference fails after a verified code; Cancel asks Cognito again instead of assuming no app', async ({
    page,
  }) => {
    const user = await signInAsNewUser(page, 'optional');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const account = await scanQrCode(page);
    await injectFault(page, 'SetUserMFAPreference', { name: 'InternalErrorException', status: 500 });
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('button', { name: defaultMessages.tryAgain })).toBeVisible();
    await clearFaults(page);
    const calls = recordCognitoCalls(page);
    await page.getByRole('button', { name: defaultMessages.cancel }).click();
    await expect(page.getByText(/Authenticator app: (On|Not set up)/)).toBeVisible();
    expect(calls).toContain('GetUser');
    const { UserMFASettingList } = await withLocalCognito((client) =>
      client.send(new AdminGetUserCommand({ UserPoolId: localCognito().pools.optional.userPoolId, Username: user.username })),
    );
    const registered = UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') ?? false;
    await expect(page.getByText(`Authenticator app: ${registered ? 'On' : 'Not set up'}`)).toBeVisible();
  });
});
