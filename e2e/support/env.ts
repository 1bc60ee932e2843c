import { fileURLToPath } from 'node:url';

/**
 * Where the e2e run's servers live. Ports default away from the demo's (9229,
 * 5173, 4173) so a running `npm start` is left alone, and each can be overridden
 * (E2E_COGNITO_PORT, E2E_PORT, E2E_PREVIEW_PORT, E2E_PLAIN_HOST_PORT, E2E_PRERENDERED_PORT).
 */
export function e2eEnv() {
  const cognitoPort = Number(process.env.E2E_COGNITO_PORT ?? 9329);
  const pagePort = Number(process.env.E2E_PORT ?? 5273);
  const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4273);
  const plainHostPort = Number(process.env.E2E_PLAIN_HOST_PORT ?? 4373);
  const prerenderedPort = Number(process.env.E2E_PRERENDERED_PORT ?? 4473);
  const root = fileURLToPath(new URL('../../dev/.e2e/', import.meta.url));
  return {
    cognitoPort,
    pagePort,
    pageUrl: `http://127.0.0.1:${pagePort}`,
    previewPort,
    /** The production build, served by `vite preview`. */
    previewUrl: `http://127.0.0.1:${previewPort}`,
    /** A static host that sends no headers of its own (e2e/support/plain-static-host.ts). */
    plainHostPort,
    plainHostUrl: `http://127.0.0.1:${plainHostPort}`,
    /** A production build configured by its environment, so with the sign-in form in its HTML (e2e/prerendered-form.spec.ts). */
    prerenderedPort,
    prerenderedUrl: `http://127.0.0.1:${prerenderedPort}`,
    prerenderedDir: `${root}dist-prerendered`,
    distDir: `${root}dist`,
    /** Lifetimes of the sessions and access tokens of the test-only pools (see dev/local-cognito/seed.ts). */
    shortSessionSeconds: 10,
    shortTokenSeconds: 6,
    detailsFile: `${root}local-cognito.json`,
    dataDir: `${root}db`,
  };
}
