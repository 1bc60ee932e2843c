import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * The headers the README asks a deployment to send, as no meta tag can set them. Not
 * Strict-Transport-Security: `vite preview` serves plain http on this machine, where it means nothing.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Every response but the build's content-hashed files (under assets/) is kept out of every
 * cache, the back/forward cache included: the page (at any path) and config.json.
 */
function mustNotBeStored(path: string, base: string): boolean {
  return !path.startsWith(`${base}assets/`);
}

/**
 * Sets `headers` as the response's head is written, over what the middlewares after this one
 * chose (Vite's preview answers index.html with its own Cache-Control).
 */
function setWhenWritten(res: ServerResponse, headers: Readonly<Record<string, string>>) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const [name, value] of Object.entries(headers)) {
      this.setHeader(name, value);
      // Headers handed to writeHead itself win over setHeader's: set them there too.
      for (const arg of args) {
        if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) continue;
        const given = arg as Record<string, unknown>;
        for (const key of Object.keys(given)) if (key.toLowerCase() === name.toLowerCase()) given[key] = value;
      }
    }
    return Reflect.apply(writeHead, this, args) as ServerResponse;
  } as ServerResponse['writeHead'];
}

/**
 * Makes `vite preview` (the production build, as the e2e run and the benchmark serve it) send
 * the README's headers, so that what a deployment is asked to send is exercised.
 */
export function securityHeaders(): Plugin {
  let base = '/';
  return {
    name: 'security-headers',
    configResolved: (config) => void (base = config.base),
    configurePreviewServer: (server) =>
      void server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        setWhenWritten(res, {
          ...SECURITY_HEADERS,
          ...(mustNotBeStored(path, base) ? { 'Cache-Control': 'no-store' } : {}),
        });
        next();
      }),
  };
}
