import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to test in: a path from CHROMIUM_PATH, else a system Chromium or
 * Chrome, else Playwright's own build. Undefined when there is none at all.
 */
export function findChromium(): { path: string; source: 'env' | 'system' | 'playwright' } | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, source: 'env' };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const own = playwrightsOwn();
  return own ? { path: own, source: 'playwright' } : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const found = findChromium();
  // A system browser makes background calls home (updates, sync) that a closed
  // network refuses, and as root it needs its sandbox off.
  const quiet = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return found?.source === 'playwright' || !found
    ? { args: root }
    : { executablePath: found.path, args: [...root, ...quiet] };
}
