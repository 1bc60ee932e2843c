import { expect, type Locator } from '@playwright/test';

/** The element is drawn whole inside the viewport, with the page still at its top: seen without scrolling. */
export async function expectOnFirstScreen(target: Locator, what: string) {
  const page = target.page();
  await expect(target, what).toBeVisible();
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(await page.evaluate(() => window.scrollY), `${what}: the page has not scrolled`).toBe(0);
  expect(box && viewport, what).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom within ${viewport.height}px`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what}: right within ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
}
