import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

/** The index.html a Vite build writes for a bare page, with `options` (plugins, base). Nothing is written to disk. */
export async function builtIndexHtml(options: Pick<InlineConfig, 'plugins' | 'base'>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'index-html-'));
  try {
    await writeFile(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const output = await build({ ...options, root, configFile: false, logLevel: 'silent', build: { write: false } });
    const outputs = Array.isArray(output) ? output : [output];
    const html = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((file) => file.fileName === 'index.html');
    return html && 'source' in html ? String(html.source) : '';
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
