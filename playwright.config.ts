import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser.ts';
import { e2eEnv } from './e2e/support/env.ts';

const env = e2eEnv();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: env.pageUrl,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // The local Cognito and the page's dev server, fresh for the run, on their own ports.
      command: 'npx tsx dev/start.ts',
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      url: env.pageUrl,
      env: {
        COGNITO_PORT: String(env.cognitoPort),
        PORT: String(env.pagePort),
        LOCAL_COGNITO_DETAILS: env.detailsFile,
        LOCAL_COGNITO_DATA: env.dataDir,
        LOCAL_COGNITO_SHORT_SESSION_SECONDS: String(env.shortSessionSeconds),
        LOCAL_COGNITO_SHORT_TOKEN_SECONDS: String(env.shortTokenSeconds),
        LOCAL_COGNITO_TEST_CLIENTS: '1',
        // Browser pages may call the local Cognito only from the run's own servers.
        LOCAL_COGNITO_ALLOWED_ORIGINS: `${env.pageUrl},${env.previewUrl},${env.plainHostUrl},${env.prerenderedUrl}`,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The production build under its Content-Security-Policy, pointed at the same local Cognito.
      command: `npx vite build --outDir ${env.distDir} --emptyOutDir && npx vite preview --outDir ${env.distDir}`,
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      url: env.previewUrl,
      env: {
        PORT: String(env.previewPort),
        VITE_COGNITO_ENDPOINT: `http://127.0.0.1:${env.cognitoPort}`,
        LOCAL_COGNITO_DETAILS: env.detailsFile,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
