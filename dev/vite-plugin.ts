import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { DETAILS_FILE } from './cognito.ts';
import type { LocalCognitoDetails } from './local-cognito/seed.ts';
import { pageConfigFor } from './page-config.ts';

/**
 * Serves /config.json from the running local Cognito's details, in `vite` dev and
 * `vite preview`, so the demo needs no configuration. Without a local Cognito it
 * steps aside and the page's own public/config.json (if any) is served.
 */
export function localCognitoConfig(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    readFile(DETAILS_FILE, 'utf8').then(
      (text) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(pageConfigFor(JSON.parse(text) as LocalCognitoDetails)));
      },
      () => next(),
    );
  };
  return {
    name: 'local-cognito-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}
