import {
  AssociateSoftwareTokenCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import type { WizardErrorKind } from '../src/core/error-kinds.ts';
import { enrolledRestartNotice, restartNotice, uncertainRestartNotice } from '../src/app/texts.ts';
import { localCognito, withLocalCognito } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';
import { answerTotpSignIn, codeNow, enterCode, scanQrCode, signInAsNewUser, wrongCode } from './support/flows.ts';
import { clearFaults, delayOperation, injectFault, operationOf } from './support/faults.ts';

const SHORT_SESSION_SECONDS = e2eEnv().shortSessionSeconds;

async function expectErrorShown(page: Page, kind: WizardErrorKind) {
  await expect(page.getByRole('alert').filter({ hasText: defaultMessages[`error:${kind}`] })).toBeVisible();
}

/** The setup screen with its QR code and key are still there, so the user can try again. */
async function expectSetupKept(page: Page) {
  await expect(page.getByTestId('mfa-qr')).toBeVisible();
  await expect(page.getByLabel('6-digit code')).toBeVisible();
}

/** What Cognito answered the page's next request for an operation: what another tab could also hold. */
async function answerTo<T>(page: Page, operation: string): Promise<T> {
  const response = await page.waitForResponse(
    (res) => res.request().headers()['x-amz-target']?.endsWith(`.${operation}`) ?? false,
  );
  return (await response.json()) as T;
}

test.describe('wizard errors the local Cognito produces', () => {
  test('a wrong code in access-token mode keeps the QR, clears and focuses the field', async ({ page }) => {
    await signInAsNewUser(page, 'optional');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const account = await scanQrCode(page);
    await enterCode(page, wrongCode(account));
    await expectErrorShown(page, 'enable-mfa-failed');
    await expectSetupKept(page);
    await expect(page.getByLabel('6-digit code')).toBeFocused();
    await expect(page.getByLabel('6-digit code')).toHaveValue('');
  });

  test('an expired session (AuthSessionValidity of a few seconds) says so and restarts at sign-in, username kept', async ({
    page,
  }) => {
    const user = await signInAsNewUser(page, 'shortSession');
    const account = await scanQrCode(page);
    await page.waitForTimeout((SHORT_SESSION_SECONDS + 1) * 1_000);
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('heading', { name: defaultMessages['errorHeading:session-expired'] })).toBeFocused();
    await expectErrorShown(page, 'session-expired');
    await page.getByRole('button', { name: defaultMessages.signInAgain }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(restartNotice['session-expired'])).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(user.username);
    await expect(page.getByLabel('Password')).toBeFocused();
  });

  test('a session already used elsewhere (another tab verified with it) says so and offers to sign in again', async ({
    page,
  }) => {
    const associated = answerTo<{ Session: string }>(page, 'AssociateSoftwareToken');
    await signInAsNewUser(page, 'required');
    const { Session } = await associated;
    const account = await scanQrCode(page);
    await withLocalCognito((client) =>
      client.send(new VerifySoftwareTokenCommand({ Session, UserCode: codeNow(account) })),
    );
    await enterCode(page, codeNow(account));
    await expectErrorShown(page, 'session-used');
    await expect(page.getByRole('button', { name: defaultMessages.signInAgain })).toBeVisible();
  });

  test("fault: a session Cognito never issued (the request's session swapped on its way) is invalid, as Cognito answers", async ({
    page,
  }) => {
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    await page.route(`${localCognito().endpoint}/`, async (route) => {
      if (operationOf(route) !== 'VerifySoftwareToken') return route.continue();
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, Session: 'x'.repeat(64) }) });
    });
    await enterCode(page, codeNow(account));
    await expectErrorShown(page, 'session-invalid');
    await expect(page.getByRole('button', { name: defaultMessages.signInAgain })).toBeVisible();
  });

  test('an access token that has expired asks the user to sign in again', async ({ page }) => {
    const user = await signInAsNewUser(page, 'shortToken');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await page.waitForTimeout((e2eEnv().shortTokenSeconds + 1) * 1_000);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expect(page.getByRole('heading', { name: defaultMessages['errorHeading:not-authorized'] })).toBeFocused();
    await expectErrorShown(page, 'not-authorized');
    await page.getByRole('button', { name: defaultMessages.signInAgain }).click();
    await expect(page.getByText(restartNotice['not-authorized'])).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(user.username);
  });

  test('a code verified, then the session ends before completion (fault: a 500 first): sign in again keeps the app', async ({
    page,
  }) => {
    const user = await signInAsNewUser(page, 'shortSession');
    const account = await scanQrCode(page);
    await injectFault(page, 'RespondToAuthChallenge', { name: 'InternalErrorException', status: 500 });
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('button', { name: defaultMessages.tryAgain })).toBeVisible();
    await clearFaults(page);
    // The verified session runs out while the user waits; Cognito itself then refuses it.
    await page.waitForTimeout((SHORT_SESSION_SECONDS + 1) * 1_000);
    await page.getByRole('button', { name: defaultMessages.tryAgain }).click();
    await expect(page.getByRole('alert').filter({ hasText: defaultMessages.verifiedRestart })).toBeVisible();
    await page.getByRole('button', { name: defaultMessages.signInAgain }).click();
    await expect(page.getByText(enrolledRestartNotice)).toBeVisible();

    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await answerTotpSignIn(page, account);
  });

  test('fault: completion held while another device gets a new key; Cognito refuses it, and the user can get a new key', async ({
    page,
  }) => {
    // The SRP sign-in's tokens come with the answer to its password proof.
    const signedIn = answerTo<{ AuthenticationResult: { AccessToken: string } }>(page, 'RespondToAuthChallenge');
    await signInAsNewUser(page, 'optional');
    const accessToken = (await signedIn).AuthenticationResult.AccessToken;
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const account = await scanQrCode(page);
    // The completing request is held until another device has asked for a new key; Cognito answers it itself.
    await delayOperation(page, 'SetUserMFAPreference', 0, async () => {
      await withLocalCognito((client) => client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken })));
    });
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('alert').filter({ hasText: defaultMessages.newKeyNeeded })).toBeVisible();
    await clearFaults(page);
    await page.getByRole('button', { name: defaultMessages.newKey }).click();
    const fresh = await scanQrCode(page);
    expect(fresh.secret).not.toBe(account.secret);
    await enterCode(page, codeNow(fresh));
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
  });
});

/** Each fault on VerifySoftwareToken, and what the user is offered. */
const faults: { name: string; status?: number; kind: WizardErrorKind; keepsSetup: boolean }[] = [
  { name: 'InternalErrorException', status: 500, kind: 'internal-error', keepsSetup: true },
  { name: 'TooManyRequestsException', kind: 'too-many-requests', keepsSetup: true },
  { name: 'LimitExceededException', kind: 'limit-exceeded', keepsSetup: true },
  { name: 'CodeMismatchException', kind: 'code-mismatch', keepsSetup: true },
  { name: 'ExpiredCodeException', kind: 'code-already-used', keepsSetup: true },
  { name: 'ResourceNotFoundException', kind: 'resource-not-found', keepsSetup: false },
  { name: 'InvalidUserPoolConfigurationException', kind: 'invalid-pool-configuration', keepsSetup: false },
  { name: 'SoftwareTokenMFANotFoundException', kind: 'mfa-not-enabled', keepsSetup: false },
  { name: 'PasswordResetRequiredException', kind: 'password-reset-required', keepsSetup: false },
  { name: 'UserNotFoundException', kind: 'user-not-found', keepsSetup: false },
  { name: 'UserNotConfirmedException', kind: 'user-not-confirmed', keepsSetup: false },
  { name: 'ForbiddenException', status: 403, kind: 'forbidden', keepsSetup: false },
  { name: 'InvalidParameterException', kind: 'invalid-parameter', keepsSetup: false },
  { name: 'SomethingNewException', kind: 'unknown', keepsSetup: true },
];

test.describe('wizard errors from route-level faults (the local Cognito cannot produce them)', () => {
  for (const fault of faults) {
    test(`fault: ${fault.name}${fault.status ? ` (HTTP ${fault.status})` : ''} on Verify shows its own message`, async ({
      page,
    }) => {
      await signInAsNewUser(page, 'required');
      const account = await scanQrCode(page);
      await injectFault(page, 'VerifySoftwareToken', {
        name: fault.name,
        ...(fault.status ? { status: fault.status } : {}),
      });
      await enterCode(page, codeNow(account));
      await expectErrorShown(page, fault.kind);
      if (fault.keepsSetup) await expectSetupKept(page);
      else await expect(page.getByRole('heading', { name: defaultMessages[`errorHeading:${fault.kind}`] })).toBeVisible();
    });
  }

  test('fault: a dropped connection on Verify says the service could not be reached, and keeps everything', async ({
    page,
  }) => {
    await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    await injectFault(page, 'VerifySoftwareToken', 'drop-connection');
    await enterCode(page, codeNow(account));
    await expectErrorShown(page, 'network');
    await expectSetupKept(page);
  });

  test("fault: Verify's answer is lost after Cognito accepted the code; signing in again uses the app's entry", async ({
    page,
  }) => {
    const user = await signInAsNewUser(page, 'required');
    const account = await scanQrCode(page);
    // The request reaches the local Cognito, which registers the app; only its answer never arrives.
    await page.route(`${localCognito().endpoint}/`, async (route) => {
      if (operationOf(route) !== 'VerifySoftwareToken') return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await enterCode(page, codeNow(account));
    await expectErrorShown(page, 'network');
    await clearFaults(page);
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('alert').filter({ hasText: defaultMessages.uncertainRestart })).toBeVisible();
    await page.getByRole('button', { name: defaultMessages.signInAgain }).click();
    await expect(page.getByText(uncertainRestartNotice)).toBeVisible();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await answerTotpSignIn(page, account);
  });

  test('fault: a dropped connection on Associate offers to try again, which then works', async ({ page }) => {
    await injectFault(page, 'AssociateSoftwareToken', 'drop-connection');
    await signInAsNewUser(page, 'optional');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expectErrorShown(page, 'network');
    await clearFaults(page);
    await page.getByRole('button', { name: defaultMessages.tryAgain }).click();
    const account = await scanQrCode(page);
    await enterCode(page, codeNow(account));
    await expect(page.getByText('Authenticator app: On')).toBeVisible();
  });
});
