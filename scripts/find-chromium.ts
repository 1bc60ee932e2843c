// Prints the Chromium the tests will use, or exits 1 when there is none (.ci/run then installs one).
import { findChromium } from '../e2e/support/browser.ts';

const found = findChromium();
if (!found) process.exit(1);
console.log(`${found.path} (${found.source})`);
