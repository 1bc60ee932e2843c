import type { Page, Route } from '@playwright/test';
import { localCognito } from './cognito.ts';

/** The Cognito operation a request to the local Cognito is for (its X-Amz-Target), or undefined. */
export function operationOf(route: Route): string | undefined {
  const request = route.request();
  if (request.method() !== 'POST') return undefined;
  return request.headers()['x-amz-target']?.split('.').pop();
}

/**
 * Route-level fake, for faults the local Cognito cannot produce: answers one
 * operation with a Cognito error (as Cognito sends it, CORS headers included), or
 * drops the connection. Every other request reaches the local Cognito.
 */
export async function injectFault(
  page: Page,
  operation: string,
  fault: { name: string; status?: number; message?: string } | 'drop-connection',
) {
  await page.route(`${localCognito().endpoint}/`, async (route) => {
    if (operationOf(route) !== operation) return route.continue();
    if (fault === 'drop-connection') return route.abort('connectionreset');
    return route.fulfill({
      status: fault.status ?? 400,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'access-control-allow-origin': '*',
        'x-amzn-errortype': fault.name,
      },
      body: JSON.stringify({ __type: fault.name, message: fault.message ?? `${fault.name} (injected)` }),
    });
  });
}

/** Holds an operation's request for a while before it goes on to the local Cognito, unchanged. */
export async function delayOperation(page: Page, operation: string, ms: number, before?: () => Promise<void>) {
  await page.route(`${localCognito().endpoint}/`, async (route) => {
    if (operationOf(route) === operation) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await before?.();
    }
    await route.continue();
  });
}

/** Lets every request reach the local Cognito again. */
export async function clearFaults(page: Page) {
  await page.unroute(`${localCognito().endpoint}/`);
}

/** How an answer is lost after Cognito has processed the request. */
export type LostAnswer = 'connection-reset' | 'bad-gateway' | 'gateway-timeout' | 'garbled-200';

/**
 * Lets the local Cognito process the next request for an operation, then loses its answer once, as a
 * network or a proxy in front of Cognito does: the connection resets, a proxy answers 502 or 504, or
 * the 200 arrives cut short. Every later request goes through untouched. Resolves with how many
 * requests for the operation reached the route (so a test can tell a retry on the wire).
 */
export async function loseAnswerOnce(page: Page, operation: string, how: LostAnswer) {
  let lost = false;
  const seen = { count: 0 };
  await page.route(`${localCognito().endpoint}/`, async (route) => {
    if (operationOf(route) !== operation) return route.continue();
    seen.count += 1;
    if (lost) return route.continue();
    lost = true;
    const processed = await route.fetch();
    const headers = { 'access-control-allow-origin': processed.headers()['access-control-allow-origin'] ?? '*' };
    switch (how) {
      case 'connection-reset':
        return route.abort('connectionreset');
      case 'bad-gateway':
        return route.fulfill({ status: 502, headers: { ...headers, 'content-type': 'text/html' }, body: '<html>502 Bad Gateway</html>' });
      case 'gateway-timeout':
        return route.fulfill({ status: 504, headers: { ...headers, 'content-type': 'text/html' }, body: '<html>504 Gateway Timeout</html>' });
      case 'garbled-200': {
        const body = await processed.text();
        return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'application/x-amz-json-1.1' }, body: body.slice(0, 12) });
      }
    }
  });
  return seen;
}

/**
 * Holds the next request for an operation before it reaches the local Cognito, until the test lets it
 * go on or drops it. Let go, it reaches Cognito, which processes it, whether or not the page still
 * waits (a page that gave up has aborted its side; Cognito cannot know); the page gets the answer if
 * it still listens.
 */
export async function holdNext(page: Page, operation: string) {
  let release: (go: boolean) => void = () => {};
  const decision = new Promise<boolean>((resolve) => (release = resolve));
  let arrived: () => void = () => {};
  const held = new Promise<void>((resolve) => (arrived = resolve));
  let processed: () => void = () => {};
  const done = new Promise<void>((resolve) => (processed = resolve));
  let taken = false;
  await page.route(`${localCognito().endpoint}/`, async (route) => {
    if (operationOf(route) !== operation || taken) return route.continue();
    taken = true;
    arrived();
    if (!(await decision)) {
      await route.abort('timedout').catch(() => undefined);
      return;
    }
    const response = await route.fetch();
    processed();
    await route.fulfill({ response }).catch(() => undefined);
  });
  return {
    /** Resolves once the page has sent the request. */
    held,
    /** Lets the held request reach Cognito; resolves once Cognito has answered it. */
    letGo: async () => {
      release(true);
      await done;
    },
    /** Drops the held request: it never reaches Cognito. */
    drop: () => release(false),
  };
}

/** Serves the page's configuration with a shorter request deadline, so tests of deadlines take seconds. */
export async function withRequestTimeout(page: Page, seconds: number) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, requestTimeoutSeconds: seconds } });
  });
}
