// The two apps the bench compares, and every selector it drives them with, in one place. The pages'
// texts change: update the names here. Roles and accessible names only, as a user finds things.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Probe } from './page-probes.ts';

export interface BenchApp {
  /** As printed in the tables. */
  name: string;
  /** The Vite config file its production build uses. */
  viteConfig: string;
  /** What a user waits for, watched inside the page. */
  probes: { formUsable: Probe; signInUsable: Probe; qrShown: Probe; signedIn: Probe };
  fillSignIn(page: Page, username: string, password: string): Promise<void>;
  pressSignIn(page: Page): Promise<void>;
  /** The QR code, to read from the screen's pixels (shown first where it is behind a button on a phone). */
  qrCode(page: Page): Promise<ReturnType<Page['getByRole']>>;
  fillCode(page: Page, code: string): Promise<void>;
  pressSubmitCode(page: Page): Promise<void>;
}

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const QR_NAME = 'qr code';

/** Both apps name their fields, QR code and last heading alike (the Amplify host's heading is ours). */
const probes: BenchApp['probes'] = {
  formUsable: { kind: 'field', label: 'Username' },
  signInUsable: { kind: 'button', name: 'Sign in' },
  qrShown: { kind: 'image', name: QR_NAME },
  signedIn: { kind: 'heading', text: "you're signed in" },
};

/**
 * On a touch screen our setup step leads with "Open in authenticator app" (a link to the otpauth URI:
 * the key, for the app on the same phone) and keeps the QR code behind "Scan with another device".
 * Either on screen is the key arriving; the bench then opens the QR code (untimed) to read the key.
 */
const OPEN_IN_APP = 'Open in authenticator app';
const SCAN_WITH_ANOTHER_DEVICE = 'Scan with another device';

/**
 * A person types the username and password key by key (a brisk typist: about 6 keys a second, the
 * same in both apps), so "Sign in pressed to the QR code" starts where it does for a user: after
 * the seconds the typing took, which a page may use to get ready (issue 12: the SDK "is there by
 * the time a user has typed a password"). A form filled in one go would measure a user nobody is.
 */
export const KEY_DELAY_MS = 150;

/** Both sign-in forms label their fields "Username" and "Password" and their button "Sign in". */
const signInForm = {
  fillSignIn: async (page: Page, username: string, password: string) => {
    await page.getByLabel('Username', { exact: true }).pressSequentially(username, { delay: KEY_DELAY_MS });
    await page.getByLabel('Password', { exact: true }).pressSequentially(password, { delay: KEY_DELAY_MS });
  },
  pressSignIn: (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  qrCode: async (page: Page) => page.getByRole('img', { name: new RegExp(QR_NAME, 'i') }),
};

export const ours: BenchApp = {
  name: 'ours',
  viteConfig: repoFile('vite.config.ts'),
  probes: {
    ...probes,
    qrShown: { kind: 'any', of: [probes.qrShown, { kind: 'link', name: OPEN_IN_APP, scheme: 'otpauth:' }] },
  },
  ...signInForm,
  qrCode: async (page) => {
    const showQr = page.getByRole('button', { name: SCAN_WITH_ANOTHER_DEVICE, exact: true });
    if (await showQr.isVisible()) await showQr.click();
    return signInForm.qrCode(page);
  },
  fillCode: (page, code) => page.getByLabel('6-digit code').fill(code),
  pressSubmitCode: (page) => page.getByRole('button', { name: 'Verify', exact: true }).click(),
};

/** AWS Amplify UI's <Authenticator> in bench/amplify-host. */
export const amplify: BenchApp = {
  name: 'Amplify',
  viteConfig: repoFile('bench/amplify-host/vite.config.ts'),
  probes,
  ...signInForm,
  fillCode: (page, code) => page.getByLabel(/code/i).fill(code),
  pressSubmitCode: (page) => page.getByRole('button', { name: 'Confirm', exact: true }).click(),
};
