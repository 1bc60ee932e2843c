// @ts-check
import { config } from './stryker.config.js';

/**
 * `npm run test:mutation`, first part: the store's mutants against the store's own tests only
 * (src/core/enrollment-store.test.ts), so that they are shown to pin its behaviour without the
 * component tests' help.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...config,
  mutate: ['src/core/enrollment-store.ts'],
  testFiles: ['src/core/enrollment-store.test.ts'],
  incrementalFile: 'reports/mutation/store-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/store.html' },
  jsonReporter: { fileName: 'reports/mutation/store.json' },
  thresholds: { high: 95, low: 90, break: 90 },
};
