import type { Plugin } from 'vite';

/**
 * Where the page may send requests besides its own origin (config.json): the one
 * Cognito endpoint, from VITE_COGNITO_ENDPOINT, else the Region's own from
 * VITE_COGNITO_REGION, else VITE_CSP_CONNECT_SRC as given. Undefined when the
 * build has none of them.
 */
function cognitoConnectSource(env: Record<string, string | undefined>): string | undefined {
  if (env.VITE_COGNITO_ENDPOINT) return new URL(env.VITE_COGNITO_ENDPOINT).origin;
  if (env.VITE_COGNITO_REGION) return `https://cognito-idp.${env.VITE_COGNITO_REGION}.amazonaws.com`;
  return env.VITE_CSP_CONNECT_SRC || undefined;
}

function contentSecurityPolicy(connectSource: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSource}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types',
  ].join('; ');
}

/**
 * Puts the Content-Security-Policy in the built index.html. Only in the build:
 * the dev server injects inline scripts for hot reload, which the policy forbids.
 * frame-ancestors cannot be set from a meta tag: deployments add it as a header.
 */
export function contentSecurityPolicyPlugin(env: Record<string, string | undefined>): Plugin {
  const source = cognitoConnectSource(env);
  return {
    name: 'content-security-policy',
    apply: (_, { command, mode }) => command === 'build' && mode !== 'lib',
    configResolved() {
      // A policy that lets the page talk to any host would not protect it: refuse to build one.
      if (!source) {
        throw new Error(
          'The Content-Security-Policy needs your Cognito endpoint: build with VITE_COGNITO_REGION ' +
            '(or VITE_COGNITO_ENDPOINT, or VITE_CSP_CONNECT_SRC) set. See the README.',
        );
      }
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(source ?? '') },
        injectTo: 'head-prepend',
      },
    ],
  };
}
