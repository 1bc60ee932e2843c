import { expect, test } from '@playwright/test';
import { e2eEnv } from './support/env.ts';

test.use({ baseURL: e2eEnv().previewUrl });

/** The headers the README asks a deployment to send, as no meta tag can set them. */
const README_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};

test.describe('the production build is served with the README’s headers', () => {
  test('the page, at its root and at any path, and config.json: every header, and never stored', async ({ page, request }) => {
    const responses = [await page.goto('/'), await page.goto('/any/path/'), await request.get('/config.json')];
    for (const response of responses) {
      expect(response?.status(), response?.url()).toBe(200);
      expect(response?.headers(), response?.url()).toMatchObject({ ...README_HEADERS, 'cache-control': 'no-store' });
    }
  });

  test('the content-hashed script and stylesheet: every header, and cacheable', async ({ page, request }) => {
    await page.goto('/');
    const files = await page.evaluate(() => [
      ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href') ?? ''),
    ]);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(file).toMatch(/^\/assets\//);
      const response = await request.get(file);
      expect(response.headers(), file).toMatchObject(README_HEADERS);
      expect(response.headers()['cache-control'], file).not.toContain('no-store');
    }
  });

  test('another site cannot frame the page: Chromium refuses to show it in an iframe', async ({ page }) => {
    const { pageUrl, previewUrl } = e2eEnv();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
    });
    const blocked = page.waitForEvent('requestfailed', (request) => request.url() === `${previewUrl}/`);
    // Another origin (the dev server's port) frames the production page.
    await page.goto(pageUrl);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${previewUrl}/`);
    expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    await expect.poll(() => refusals).toEqual([expect.stringContaining(`Framing '${previewUrl}/'`)]);
    // The frame shows the browser's error page, nothing of the page.
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
  });
});
