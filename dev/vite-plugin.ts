import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { DETAILS_FILE } from './cognito.ts';
import type { LocalCognitoDetails } from './local-cognito/seed.ts';

/** The page's runtime configuration (public/config.json in a deployment) for the local Cognito's pools. */
const LABELS: Record<string, string> = {
  required: 'MFA required',
  optional: 'MFA optional',
  shortSession: 'MFA required, short sessions (tests)',
  shortToken: 'MFA optional, short access tokens (tests)',
};

/** The MFA setting each seeded pool was made with (see local-cognito/seed.ts). */
const MFA: Record<string, 'required' | 'optional'> = {
  required: 'required',
  optional: 'optional',
  shortSession: 'required',
  shortToken: 'optional',
};

function pageConfigFor(details: LocalCognitoDetails) {
  return {
    region: details.region,
    endpoint: details.endpoint,
    issuer: 'Cognito MFA demo',
    helpUrl: '/lost-phone.html',
    pools: Object.entries(details.pools).map(([id, { userPoolId, clientId, users }]) => ({
      id,
      label: LABELS[id] ?? id,
      userPoolId,
      clientId,
      ...(MFA[id] ? { mfa: MFA[id] } : {}),
      demoUsers: users,
    })),
  };
}

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
