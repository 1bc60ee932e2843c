import { expect, test } from '@playwright/test';
import { newUser } from './support/cognito.ts';
import { e2eEnv } from './support/env.ts';

const { pageUrl, previewUrl } = e2eEnv();

for (const [server, origin] of [
  ['the dev server', pageUrl],
  ['the production build', previewUrl],
] as const) {
  test(`${server}: a page opened at /any/path/ takes its configuration from the app's base path (fault: a config.json planted at /any/path/ is ignored)`, async ({
    page,
  }) => {
    // Route-level fake: whoever controls what /any/path/config.json answers offers a configuration
    // of their own, with an endpoint of their own.
    let plantedAsked = false;
    await page.route(`${origin}/any/path/config.json`, (route) => {
      plantedAsked = true;
      return route.fulfill({
        json: { region: 'eu-west-1', endpoint: 'https://cognito.evil.example', userPoolId: 'eu-west-1_Planted1', clientId: 'planted' },
      });
    });
    const configRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('config.json')) configRequests.push(request.url());
    });

    // The server answers the deep path with the page itself (a single-page app's fallback).
    const response = await page.goto(`${origin}/any/path/`);
    expect(response?.status()).toBe(200);

    // The local demo's configuration (its four pools), not the planted one (a single pool, no chooser).
    await expect(page.getByRole('radio', { name: 'MFA required', exact: true })).toBeChecked();
    expect(configRequests).toEqual([`${origin}/config.json`]);
    expect(plantedAsked).toBe(false);

    // And it signs in against the configured Cognito from there.
    const user = await newUser('required');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  });
}
