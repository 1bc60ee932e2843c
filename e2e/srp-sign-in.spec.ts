import { GetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { adminClient } from '../dev/local-cognito/seed.ts';
import { defaultMessages } from '../src/react/messages.ts';
import { noticeText, signInErrorText } from '../src/app/texts.ts';
import { localCognito, newUser } from './support/cognito.ts';
import { injectFault } from './support/faults.ts';
import { codeNow, enrollThenSignOut, enterCode, recordCognitoCalls, scanQrCode, signIn, signInAsNewUser } from './support/flows.ts';

/** Every request body the page sends to the local Cognito, as it went on the wire. */
function recordBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(localCognito().endpoint) && request.method() === 'POST') bodies.push(request.postData() ?? '');
  });
  return bodies;
}

/** The tokens Cognito answers the page's password proof with. */
async function tokensOf(page: Page): Promise<{ AccessToken: string; RefreshToken: string }> {
  const response = await page.waitForResponse(
    (res) =>
      (res.request().headers()['x-amz-target']?.endsWith('.RespondToAuthChallenge') ?? false) &&
      (res.request().postData() ?? '').includes('PASSWORD_VERIFIER'),
  );
  return ((await response.json()) as { AuthenticationResult: { AccessToken: string; RefreshToken: string } }).AuthenticationResult;
}

test.describe('SRP sign-in on the page (USER_SRP_AUTH, the default)', () => {
  test('MFA required, on an app client that allows only SRP: the password never goes on the wire, enrollment follows', async ({
    page,
  }) => {
    const bodies = recordBodies(page);
    const calls = recordCognitoCalls(page);
    const user = await signInAsNewUser(page, 'requiredSrpOnly');
    const account = await scanQrCode(page);
    await enterCode(page, codeNow(account));
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    expect(calls.slice(0, 2)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(JSON.parse(bodies[0] ?? '{}')).toMatchObject({
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: user.username, SRP_A: expect.stringMatching(/^[0-9a-f]+$/) },
    });
    expect(JSON.parse(bodies[1] ?? '{}')).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
    for (const body of bodies) expect(body).not.toContain(user.password);
  });

  test('MFA optional, on an app client that allows only SRP: signed in straight away', async ({ page }) => {
    const bodies = recordBodies(page);
    const user = await signInAsNewUser(page, 'optionalSrpOnly');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${user.username}`)).toBeVisible();
    expect(bodies.some((body) => body.includes('"USER_SRP_AUTH"'))).toBe(true);
    for (const body of bodies) expect(body).not.toContain(user.password);
  });

  test('a wrong password and an unknown user get the same message', async ({ page }) => {
    const user = await newUser('required');
    const wrong = signInErrorText('wrong-credentials');
    await signIn(page, 'required', { ...user, password: 'not-the-Passw0rd!' });
    await expect(page.getByRole('alert')).toHaveText(wrong);
    await signIn(page, 'required', { username: 'nobody-at-all', password: user.password });
    await expect(page.getByRole('alert')).toHaveText(wrong);
  });

  test('a password-only configuration against an SRP-only app client names the app-client setting', async ({ page }) => {
    await signInAsNewUser(page, 'passwordOnSrpOnly');
    await expect(page.getByRole('alert')).toHaveText(signInErrorText('auth-flow-not-enabled', 'USER_PASSWORD_AUTH'));
    await expect(page.getByRole('alert')).toContainText('ALLOW_USER_PASSWORD_AUTH');
  });
});

test.describe('what Cognito refuses, on the page', () => {
  test('a TOTP code replayed at sign-in (the one that verified the app) is refused as used, then a new one signs in', async ({
    page,
  }) => {
    const { user, account, used } = await enrollThenSignOut(page);

    await signIn(page, 'optional', user);
    await page.getByLabel('6-digit code').fill(used);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(defaultMessages['error:code-already-used']);
    await page.getByLabel('6-digit code').fill(codeNow(account));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
  });

  test('Sign out revokes the tokens: the access token the page held stops working', async ({ page }) => {
    const tokens = tokensOf(page);
    await signInAsNewUser(page, 'optional');
    const { AccessToken } = await tokens;
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    const revoked = page.waitForResponse((res) => res.request().headers()['x-amz-target']?.endsWith('.RevokeToken') ?? false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect((await revoked).status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveAccessibleDescription(
      noticeText({ kind: 'signed-out', revoked: 'yes' }),
    );
    const client = adminClient(localCognito().endpoint);
    try {
      await expect(client.send(new GetUserCommand({ AccessToken }))).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Access Token has been revoked',
      });
    } finally {
      client.destroy();
    }
  });

  test('fault: RevokeToken fails (HTTP 500): signing out says the sign-in could not be ended', async ({ page }) => {
    await signInAsNewUser(page, 'optional');
    await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await injectFault(page, 'RevokeToken', { name: 'InternalErrorException', status: 500 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(noticeText({ kind: 'signed-out', revoked: 'no' }))).toBeVisible();
  });
});
