import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): compile every
 * function of the file when the file is compiled, which for a script being streamed in happens off
 * the main thread, instead of compiling each function on its first call, on the main thread.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What the plugin reads of a chunk of the bundle. */
export interface ChunkLinks {
  fileName: string;
  isEntry: boolean;
  /** The chunks it imports statically. */
  imports: readonly string[];
}

/**
 * The chunks that get the hint: every chunk the entry does not load with itself, that is those the
 * page imports after the form shows (the AWS SDK client, the sign-in and its SRP code, the wizard,
 * a language). The page fetches them while the user types, so their compiling is done before they
 * are needed, not on the way from Sign in to the QR code (on a phone at 4× CPU slowdown, about
 * 60 ms of the first request to Cognito). The entry and what it imports keep V8's lazy compiling:
 * they run as soon as they arrive, and the form waits for them.
 */
export function chunksToHint(chunks: readonly ChunkLinks[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withEntry = new Set<string>();
  const visit = (fileName: string) => {
    if (withEntry.has(fileName)) return;
    withEntry.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return new Set(chunks.map((chunk) => chunk.fileName).filter((fileName) => !withEntry.has(fileName)));
}

/** Puts the hint first in each chunk it is for, once the chunks are minified (which drops comments). */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own generateBundle, which puts its preload map at the top of some chunks.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      for (const fileName of chunksToHint(chunks)) {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') continue;
        if (chunk.map) throw new Error(`compile-hints: ${fileName} has a source map, which one more line at the top would shift`);
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
      },
    },
  };
}
