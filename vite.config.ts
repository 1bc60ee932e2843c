/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { compileHintsPlugin } from './dev/compile-hints.ts';
import { configPreloadPlugin } from './dev/config-preload.ts';
import { contentSecurityPolicyPlugin } from './dev/content-security-policy.ts';
import { securityHeaders } from './dev/security-headers.ts';
import { localCognitoConfig } from './dev/vite-plugin.ts';
import { prerenderPlugin } from './dev/prerender.ts';

const stylesheet = fileURLToPath(new URL('./src/react/mfa-wizard.css', import.meta.url));

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd()), ...process.env };
  return {
    plugins: [react(), securityHeaders(), localCognitoConfig(), contentSecurityPolicyPlugin(env), configPreloadPlugin(env), prerenderPlugin(env), compileHintsPlugin()],
    resolve: {
      // The page imports the library by its package name, as any host app does.
      alias: [
        { find: 'cognito-mfa-wizard/styles.css', replacement: stylesheet },
        { find: 'cognito-mfa-wizard', replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      ],
    },
    server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
    preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
    test: {
      // Both projects (extends: true) take these.
      setupFiles: ['src/test/setup.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
            exclude: ['src/**/*.integration.test.{ts,tsx}'],
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            environment: 'node',
            include: ['dev/**/*.test.ts', 'src/**/*.integration.test.{ts,tsx}'],
            globalSetup: ['dev/test/global-setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 30_000,
          },
        },
      ],
    },
  };
});
