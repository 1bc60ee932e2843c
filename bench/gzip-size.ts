import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes (level 9, as the bench's server sends them) of the JS and CSS files under `dir`. */
export async function gzipBytesOfJsAndCss(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    if (!/\.(js|mjs|css)$/.test(name)) continue;
    total += gzipSync(await readFile(join(dir, name)), { level: 9 }).length;
  }
  return total;
}
