// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportTarget } from './package-exports.ts';

describe('exportTarget, as a browser bundler resolves a package', () => {
  const exports = {
    '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' },
    './styles.css': './dist/styles.css',
    './amplify': { types: './dist/amplify.d.ts', default: './dist/amplify.js' },
  };

  it('takes the import condition over require, and skips types', () => expect(exportTarget(exports, '.')).toBe('./dist/index.js'));
  it('takes a plain path as it is', () => expect(exportTarget(exports, './styles.css')).toBe('./dist/styles.css'));
  it('falls back to default', () => expect(exportTarget(exports, './amplify')).toBe('./dist/amplify.js'));
  it('knows nothing the package does not export', () => expect(exportTarget(exports, './internal')).toBeUndefined());
  it('follows conditions in the package’s order, nested', () =>
    expect(exportTarget({ '.': { browser: { import: './b.mjs' }, import: './n.mjs' } }, '.')).toBe('./b.mjs'));
  it('reads a bare string or conditions as the "." export', () => {
    expect(exportTarget('./main.js', '.')).toBe('./main.js');
    expect(exportTarget({ import: './m.js', default: './d.js' }, '.')).toBe('./m.js');
  });
});
