import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

interface File {
  type: string;
  body: Buffer;
  gzip: Buffer | undefined;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a production build from memory as a static host or CDN would: gzip (level 9, the figure the
 * size tables use; Chromium asks for brotli only over https) for text, no caching, index.html for
 * any path that is not a file. Both apps are served by this, in the same way, on loopback.
 */
export async function serveBuild(dir: string): Promise<StaticServer> {
  const files = new Map<string, File>();
  for (const name of await readdir(dir, { recursive: true })) {
    const ext = extname(name);
    const body = await readFile(join(dir, name)).catch(() => undefined);
    if (!body) continue; // a folder
    const path = `/${name.split('\\').join('/')}`;
    files.set(path, {
      type: TYPES[ext] ?? 'application/octet-stream',
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : undefined,
    });
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${dir} has no index.html`);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const file = files.get(path) ?? (extname(path) === '' ? index : undefined);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? file.gzip : undefined;
    const body = gzip ?? file.body;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
