import { expect, test } from '@playwright/test';
import { codeNow, collectReactWarnings, enterCode, newUser, scan, signIn } from './host.ts';

// The Next.js App Router host, after next build and next start.

test('a Server Component runs the pure helpers on the server', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('{&quot;ok&quot;:true,&quot;code&quot;:&quot;123456&quot;}');
  expect(html).toContain('JBSW Y3DP EHPK 3PXP');
  expect(html).toContain('otpauth://totp/Next%20host:a%23b?secret=JBSWY3DPEHPK3PXP&amp;issuer=Next%20host');
});

test('a client page rendering the wizard first is served as HTML and hydrates without a warning', async ({ page, request }) => {
  const html = await (await request.get('/direct')).text();
  expect(html).toContain('class="mfa-wizard"');
  expect(html).toContain('data-step="associating"');

  const warnings = collectReactWarnings(page);
  await page.goto('/direct');
  // Live, it asks Cognito for a key with a token that is no user's, and says so.
  await expect(page.locator('.mfa-wizard')).toHaveAttribute('data-step', 'failed');
  expect(warnings).toEqual([]);
});

test('enrollment at sign-in on a client page, with no hydration warning', async ({ page }) => {
  const warnings = collectReactWarnings(page);
  const user = await newUser('required');
  await page.goto('/enroll');
  await signIn(page, 'required', user);
  const account = await scan(page);
  await enterCode(page, codeNow(account));
  await expect(page.getByRole('status').filter({ hasText: 'Enrolled' })).toHaveText('Enrolled in session mode, signed in');
  expect(warnings).toEqual([]);
});
