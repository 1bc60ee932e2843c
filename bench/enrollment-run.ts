import type { Browser, Page } from '@playwright/test';
import type { DemoUser } from '../dev/local-cognito/seed.ts';
import { codeFor } from '../dev/test/totp.ts';
import { parseOtpauth, readQrCode } from '../e2e/support/qr.ts';
import type { BenchApp } from './apps.ts';
import type { Condition } from './conditions.ts';
import { armScript, pageSource, probeScript, type Moment } from './page-probes.ts';

/** What one enrollment measured: times in ms, sizes in bytes as they came over the wire. */
export interface RunResult {
  /** Navigation start to the username field usable. */
  formUsable: number;
  /** Navigation start to the Sign in button usable (its form works: the page's script has run). */
  signInUsable: number;
  /** Sign in pressed to the QR code painted (and then read from the screen). */
  signInToQr: number;
  /** Verify pressed to the signed-in screen painted. */
  codeToSignedIn: number;
  /** Response bytes (headers and gzip bodies) complete before the form was usable. */
  bytesBeforeForm: number;
  /** The same, before Sign in was usable. */
  bytesBeforeSignIn: number;
  /** Response bytes of the whole enrollment, from the page's first byte to signed in. */
  bytesTotal: number;
  /** The Cognito operations the page sent, in order. */
  cognitoCalls: string[];
  /** CORS preflights (OPTIONS) the browser sent to Cognito before those calls. */
  cognitoPreflights: number;
  /** The AuthFlow of the page's InitiateAuth. */
  signInFlow: string | undefined;
}

const BINDING = '__benchMark';
/** The moments timed from the navigation, not from a press. */
const FROM_THE_START = ['formUsable', 'signInUsable'] as const satisfies Moment[];
const MOMENT_TIMEOUT_MS = 60_000;

/** Response bytes of the document and of every resource that had arrived by `at` (Resource Timing). */
function bytesArrivedBy(at: number): number {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries
    .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= at)
    .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0);
}

interface Marked {
  at: number;
  start: number;
}

/** Moments as the page reports them; each can be awaited once, in any order. */
function momentsOf() {
  const waiting = new Map<string, (marked: Marked) => void>();
  const arrived = new Map<string, Marked>();
  return {
    report(moment: string, at: number, start: number) {
      const marked = { at, start };
      const resolve = waiting.get(moment);
      if (resolve) resolve(marked);
      else arrived.set(moment, marked);
    },
    async next(moment: Moment, what: string): Promise<Marked> {
      let timer: NodeJS.Timeout | undefined;
      try {
        const marked =
          arrived.get(moment) ??
          (await new Promise<Marked>((resolve, reject) => {
          waiting.set(moment, resolve);
            timer = setTimeout(() => reject(new Error(`${what}: not seen within ${MOMENT_TIMEOUT_MS / 1000} s`)), MOMENT_TIMEOUT_MS);
          }));
        // A moment that starts with a press must have seen it, or its time would be counted from the navigation.
        if (!(FROM_THE_START as readonly Moment[]).includes(moment) && marked.start === 0) throw new Error(`${what}: the press that starts it was not seen`);
        return marked;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The operations the page sends to Cognito, and the sign-in flow it chose. */
function recordCognito(page: Page, endpoint: string) {
  const calls: string[] = [];
  let signInFlow: string | undefined;
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().startsWith(endpoint)) return;
    const operation = (request.headers()['x-amz-target'] ?? '').split('.').pop() ?? '';
    calls.push(operation);
    // Only the flow's name is read from the body; the password in it is not looked at.
    if (operation === 'InitiateAuth') signInFlow ??= (request.postDataJSON() as { AuthFlow?: string }).AuthFlow;
  });
  return { calls, flow: () => signInFlow };
}

/**
 * One enrollment of a fresh user, as a person does it, in a fresh browser context: open the page,
 * sign in, read the QR code from the screen, type the code its key gives, and be signed in.
 */
export async function runEnrollment(
  browser: Browser,
  app: BenchApp,
  condition: Condition,
  url: string,
  cognitoEndpoint: string,
  user: DemoUser,
): Promise<RunResult> {
  const context = await browser.newContext(condition.context);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytesTotal = 0;
    let preflights = 0;
    // Inline data (data: URLs, such as a QR code drawn into an <img>) is not transferred.
    const inline = new Set<string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!/^https?:/.test(event.request.url)) inline.add(event.requestId);
      else if (event.request.method === 'OPTIONS' && event.request.url.startsWith(cognitoEndpoint)) preflights++;
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (!inline.has(event.requestId)) bytesTotal += event.encodedDataLength;
    });
    await condition.apply(cdp);
    const cognito = recordCognito(page, cognitoEndpoint);
    // A run in which the page failed measures nothing worth keeping.
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const moments = momentsOf();
    await page.exposeFunction(BINDING, moments.report);
    await page.addInitScript({
      content: probeScript(BINDING, FROM_THE_START.map((moment) => ({ moment, probe: app.probes[moment] }))),
    });
    const what = (step: string) => `${app.name}, ${condition.id}: ${step}`;

    await page.goto(url, { waitUntil: 'commit' });
    const form = await moments.next('formUsable', what('the sign-in form'));
    const bytesBeforeForm = Number(await page.evaluate(pageSource(bytesArrivedBy, form.at)));
    const signInReady = await moments.next('signInUsable', what('Sign in'));
    const bytesBeforeSignIn = Number(await page.evaluate(pageSource(bytesArrivedBy, signInReady.at)));

    await app.fillSignIn(page, user.username, user.password);
    await page.evaluate(armScript('qrShown', app.probes.qrShown));
    await app.pressSignIn(page);
    const qr = await moments.next('qrShown', what('the QR code'));
    // The QR code must decode to the key that Cognito checks codes against: the code typed next comes from it.
    const account = parseOtpauth(await readQrCode(await app.qrCode(page)));

    await app.fillCode(page, codeFor(account.secret));
    await page.evaluate(armScript('signedIn', app.probes.signedIn));
    await app.pressSubmitCode(page);
    const done = await moments.next('signedIn', what('signed in'));
    if (pageErrors.length > 0) throw new Error(`${what('the page failed')}: ${pageErrors.join('; ')}`);

    return {
      formUsable: form.at,
      signInUsable: signInReady.at,
      signInToQr: qr.at - qr.start,
      codeToSignedIn: done.at - done.start,
      bytesBeforeForm,
      bytesBeforeSignIn,
      bytesTotal,
      cognitoCalls: [...cognito.calls],
      cognitoPreflights: preflights,
      signInFlow: cognito.flow(),
    };
  } finally {
    await context.close();
  }
}
