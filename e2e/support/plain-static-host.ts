import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface PlainStaticHost {
  url: string;
  close(): Promise<void>;
}

/**
 * A static host that sends no headers of its own (no Cache-Control, no security headers), as
 * many hosts do unless told: the built page from `dir` at any path, and `configJson` at /config.json.
 */
export async function startPlainStaticHost(dir: string, configJson: string, port = 0): Promise<PlainStaticHost> {
  const root = normalize(dir + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const answer = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/config.json') return answer(200, TYPES['.json'] ?? '', configJson);
    const file = normalize(join(root, path));
    const type = TYPES[extname(file)];
    // Any other path is the page itself, as a single-page app's host serves it.
    const target = file.startsWith(root) && type ? file : join(root, 'index.html');
    readFile(target).then(
      (body) => answer(200, TYPES[extname(target)] ?? 'application/octet-stream', body),
      () => answer(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
