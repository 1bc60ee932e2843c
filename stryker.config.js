// @ts-check
/**
 * `npm run test:mutation`, second part: StrykerJS over src/core and src/cognito, each mutant against
 * every unit test that reaches it (the store's own, the adapters', the component tests).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/core/**/*.ts', 'src/cognito/**/*.ts', '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant table, a top-level regex) runs when its module loads, so
  // every unit test would have to run for it: minutes each here. Such mutants are reported as ignored.
  ignoreStatic: true,
  // A mutant TypeScript refuses could never be built (npm test typechecks): not run, not counted.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.app.json',
  // The machine is shared: two test runners at most.
  concurrency: 2,
  // A mutant whose code the tests never reach again is not run again: only changed code and tests are.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // A loaded machine slows the jsdom tests down; a slow run must not pass for a mutant's endless loop.
  timeoutMS: 20_000,
  // The first run, with coverage, is the whole unit suite: past Stryker's 5 minutes on a loaded machine.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['dist', 'dist-lib', 'e2e', 'test-results', 'playwright-report', 'dev/.data', 'dev/.e2e', 'docs', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/core-and-cognito.html' },
  jsonReporter: { fileName: 'reports/mutation/core-and-cognito.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // Below 95% the command fails: what survives must be mutants that cannot change behaviour.
  thresholds: { high: 95, low: 90, break: 95 },
  tempDirName: '.stryker-tmp',
};

export default config;
