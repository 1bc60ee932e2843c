import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';

// Run by hosts/run.ts, which builds and serves each host app and gives their addresses.
const vite = 'vite-host.spec.ts';
const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { trace: 'retain-on-failure' },
  outputDir: '.work/test-results',
  projects: [
    { name: 'vite-react19', testMatch: vite, use: { ...chromium, baseURL: process.env.HOSTS_VITE19_URL } },
    { name: 'vite-react18', testMatch: vite, use: { ...chromium, baseURL: process.env.HOSTS_VITE18_URL } },
    { name: 'next-app', testMatch: 'next-host.spec.ts', use: { ...chromium, baseURL: process.env.HOSTS_NEXT_URL } },
    { name: 'vite-amplify', testMatch: 'amplify-host.spec.ts', use: { ...chromium, baseURL: process.env.HOSTS_AMPLIFY_URL } },
  ],
});
