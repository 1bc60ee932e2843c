import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { chunksToHint, COMPILE_HINT, compileHintsPlugin } from './compile-hints.ts';

describe('chunksToHint', () => {
  it('hints every chunk the entry does not load with itself', () => {
    const hinted = chunksToHint([
      { fileName: 'index.js', isEntry: true, imports: ['runtime.js', 'react.js'] },
      { fileName: 'runtime.js', isEntry: false, imports: [] },
      { fileName: 'react.js', isEntry: false, imports: ['runtime.js'] },
      { fileName: 'sign-in.js', isEntry: false, imports: ['sdk.js', 'react.js'] },
      { fileName: 'wizard.js', isEntry: false, imports: ['sdk.js'] },
      { fileName: 'sdk.js', isEntry: false, imports: ['runtime.js'] },
    ]);
    expect([...hinted].sort()).toEqual(['sdk.js', 'sign-in.js', 'wizard.js']);
  });

  it('hints nothing when everything comes with the entry, and copes with import cycles', () => {
    expect(
      chunksToHint([
        { fileName: 'index.js', isEntry: true, imports: ['a.js'] },
        { fileName: 'a.js', isEntry: false, imports: ['index.js'] },
      ]).size,
    ).toBe(0);
  });
});

describe('compileHintsPlugin in a Vite build', () => {
  it('puts the hint first in the chunks the page imports later, above Vite’s preload map, and leaves the entry alone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'compile-hints-'));
    try {
      const files: Record<string, string> = {
        'index.html': '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>',
        'main.js': "document.body.onclick = () => import('./later.js').then((m) => m.go());\ndocument.body.onkeydown = () => import('./last.js');",
        'later.js': "import { shared } from './shared.js';\nexport const go = () => import('./last.js').then((m) => m.run(shared));",
        'last.js': "import { shared } from './shared.js';\nexport const run = (s) => console.log(s, shared);",
        'shared.js': "export const shared = { value: 'shared' };",
      };
      for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
      const result = await build({ root, configFile: false, logLevel: 'silent', plugins: [compileHintsPlugin()], build: { write: false } });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
      const startOf = (name: string) => chunks.find((chunk) => chunk.name === name)?.code.split('\n')[0];
      expect(startOf('index')).not.toBe(COMPILE_HINT);
      expect(chunks.map((chunk) => chunk.name).sort()).toEqual(['index', 'last', 'later', 'shared']);
      for (const name of ['later', 'last', 'shared']) expect(startOf(name), name).toBe(COMPILE_HINT);
      // The chunk with Vite's preload map (`later` imports `last`, which needs `shared` too) has it below the hint.
      expect(chunks.find((chunk) => chunk.name === 'later')?.code.split('\n')[1]).toMatch(/^const __vite__mapDeps=/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
