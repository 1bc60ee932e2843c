import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * The unit project of vite.config.ts, alone, for `npm run test:mutation`: Stryker runs each mutant
 * against the tests that reach it, and the integration project's local Cognito (a server started per
 * run) would cost minutes per mutant for code the unit tests already reach.
 */
export default defineConfig((env) => {
  const config = viteConfig(env);
  const projects = config.test?.projects ?? [];
  return {
    ...config,
    test: {
      ...config.test,
      // Stryker's coverage instrumentation on a shared 2-core machine slows the jsdom tests well past
      // Vitest's 5 s default; a mutant's endless loop is Stryker's timeoutMS to catch, not this.
      testTimeout: 30_000,
      projects: projects.filter((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit'),
    },
  };
});
