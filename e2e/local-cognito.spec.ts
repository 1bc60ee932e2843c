import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { e2eEnv } from './support/env.ts';

test('the page is served with the local Cognito configuration beside it', async ({ page, request }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/authenticator app/i);
  const details = JSON.parse(readFileSync(e2eEnv().detailsFile, 'utf8'));
  const config = await (await request.get('/config.json')).json();
  expect(config.endpoint).toBe(details.endpoint);
  expect(config.pools.map((p: { clientId: string }) => p.clientId)).toEqual([
    details.pools.required.clientId,
    details.pools.optional.clientId,
  ]);
  const health = await request.get(`${details.endpoint}/health`);
  expect(health.ok()).toBe(true);
});
