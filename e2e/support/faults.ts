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
