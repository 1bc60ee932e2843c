// `npm run screenshots -- <folder>`: the enrollment page's setup screen as people see it, for the README
// and for before/after comparisons: a 1280×800 laptop (light, dark, forced colours with a wrong code),
// the same laptop at 200% zoom, and a 390×844 touch phone (its first screen and the whole page).
// Prints the layout facts with them: where the QR, the code field and Verify are, how long the page
// is, and the QR's version and module size as read from the pixels. Figures, not a test.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import { createServer } from 'vite';
import { seedLocalCognito } from '../dev/local-cognito/seed.ts';
import { startLocalCognito } from '../dev/local-cognito/server.ts';
import { wrongCodeFor } from '../dev/test/totp.ts';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';
import { newUserIn } from '../e2e/support/cognito.ts';
import { measureQrCode } from '../e2e/support/qr.ts';

interface Shot {
  name: string;
  context: BrowserContextOptions;
  /** Also show a wrong code's message. */
  wrongCode?: boolean;
  /** Then press these buttons (by name), e.g. to show the key. */
  press?: RegExp[];
  /** The whole page, not only its first screen. */
  fullPage?: boolean;
  /** The sign-in form instead of the setup screen. */
  signInForm?: boolean;
}

const laptop = { viewport: { width: 1280, height: 800 } };
// 200% browser zoom: half the CSS pixels, each drawn twice as large; a mouse, no touch.
const zoomed = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const SHOTS: Shot[] = [
  { name: 'sign-in-1280x800', context: { ...laptop, colorScheme: 'light' }, signInForm: true },
  { name: 'sign-in-390x844', context: { ...phone, colorScheme: 'light' }, signInForm: true },
  { name: 'desktop-1280x800-light', context: { ...laptop, colorScheme: 'light' } },
  { name: 'desktop-1280x800-dark', context: { ...laptop, colorScheme: 'dark' } },
  { name: 'desktop-1280x800-forced-colors-wrong-code', context: { ...laptop, forcedColors: 'active' }, wrongCode: true },
  { name: 'desktop-1280x800-wrong-code', context: { ...laptop, colorScheme: 'light' }, wrongCode: true },
  { name: 'desktop-1280x800-key-shown', context: { ...laptop, colorScheme: 'light' }, press: [/show the key/i] },
  { name: 'desktop-1280x800-cancel-question', context: { ...laptop, colorScheme: 'light' }, press: [/^cancel$/i] },
  {
    name: 'desktop-1280x800-forced-colors-cancel-question',
    context: { ...laptop, forcedColors: 'active' },
    press: [/^cancel$/i],
  },
  { name: 'desktop-200pct-zoom', context: { ...zoomed, colorScheme: 'light' } },
  { name: 'phone-390x844', context: { ...phone, colorScheme: 'light' } },
  { name: 'phone-390x844-dark', context: { ...phone, colorScheme: 'dark' } },
  { name: 'phone-390x844-qr-shown', context: { ...phone, colorScheme: 'light' }, press: [/another device/i] },
  { name: 'phone-390x844-whole-page', context: { ...phone, colorScheme: 'light' }, fullPage: true },
];

async function boxOf(page: Page, description: string, locate: () => ReturnType<Page['locator']>) {
  const target = locate();
  if (!(await target.count()) || !(await target.first().isVisible())) return `${description}: not shown`;
  const box = await target.first().boundingBox();
  if (!box) return `${description}: not shown`;
  const { height } = page.viewportSize() ?? { height: 0 };
  const bottom = Math.round(box.y + box.height);
  return `${description}: y ${Math.round(box.y)}–${bottom}${bottom <= height ? '' : ' (below the first screen)'}`;
}

async function main() {
  const out = resolve(process.argv[2] ?? 'docs/screenshots');
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'mfa-shots-'));
  const cognito = await startLocalCognito({ dataDir: join(work, 'db'), port: 0 });
  const details = await seedLocalCognito(cognito.endpoint);
  const detailsFile = join(work, 'local-cognito.json');
  await writeFile(detailsFile, JSON.stringify(details));
  process.env.LOCAL_COGNITO_DETAILS = detailsFile;
  const server = await createServer({ logLevel: 'silent', server: { port: 0, strictPort: false } });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? '';
  // The local Cognito answers browsers only from the pages it knows.
  cognito.allowOrigin(new URL(url).origin);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const report: string[] = [];
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext(shot.context);
      const page = await context.newPage();
      const user = await newUserIn(details, 'required');
      await page.goto(url);
      await page.getByRole('radio', { name: 'MFA required', exact: true }).check();
      if (shot.signInForm) {
        const file = join(out, `${shot.name}.png`);
        await page.screenshot({ path: file, scale: 'css' });
        report.push(file);
        await context.close();
        continue;
      }
      await page.getByLabel('Username').fill(user.username);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel('6-digit code').waitFor();
      if (shot.wrongCode) {
        const qr = await measureQrCode(page.getByTestId('mfa-qr'));
        const secret = new URL(qr.text).searchParams.get('secret') ?? '';
        await page.getByLabel('6-digit code').fill(wrongCodeFor(secret));
        await page.getByRole('button', { name: 'Verify' }).click();
        await page.getByRole('alert').waitFor();
      }
      // Where the user starts, the top of the page; with a wrong code, where its message is; after a
      // press, wherever the browser took the page to show what has focus.
      await page.evaluate(() => window.scrollTo(0, 0));
      if (shot.wrongCode) await page.getByRole('alert').scrollIntoViewIfNeeded();
      for (const name of shot.press ?? []) await page.getByRole('button', { name }).click();
      const facts = [
        await boxOf(page, 'QR code', () => page.getByTestId('mfa-qr')),
        await boxOf(page, 'open in app', () => page.getByRole('link', { name: /authenticator app/i })),
        await boxOf(page, 'code field', () => page.getByLabel('6-digit code')),
        await boxOf(page, 'Verify', () => page.getByRole('button', { name: 'Verify' })),
        `page height: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`,
      ];
      const file = join(out, `${shot.name}.png`);
      if (shot.fullPage) {
        // Playwright's fullPage capture drops the touch emulation for a moment, and with it the phone
        // layout: make the viewport as tall as the page instead.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: shot.context.viewport?.width ?? 390, height });
      }
      await page.screenshot({ path: file, scale: shot.name.includes('zoom') ? 'device' : 'css' });
      const qrShown = await page.getByTestId('mfa-qr').isVisible();
      if (qrShown && !shot.fullPage) {
        const qr = await measureQrCode(page.getByTestId('mfa-qr'));
        facts.push(`QR version ${qr.version}, ${qr.modulePx.toFixed(2)} CSS px a module, ${qr.text.length} characters`);
      }
      report.push(`${file}\n  ${facts.join('\n  ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await cognito.close();
    await rm(work, { recursive: true, force: true });
  }
  console.log(report.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
