import type { Plugin } from 'vite';

/**
 * Where the page may send requests: its own origin (config.json) and Cognito.
 * The build knows Cognito's address from VITE_COGNITO_ENDPOINT, else from
 * VITE_COGNITO_REGION; a page configured only at run time (config.json) can
 * narrow it with VITE_CSP_CONNECT_SRC, else any AWS endpoint is allowed.
 */
export function cognitoConnectSource(env: Record<string, string | undefined>): { source: string; narrow: boolean } {
  if (env.VITE_CSP_CONNECT_SRC) return { source: env.VITE_CSP_CONNECT_SRC, narrow: true };
  if (env.VITE_COGNITO_ENDPOINT) return { source: new URL(env.VITE_COGNITO_ENDPOINT).origin, narrow: true };
  if (env.VITE_COGNITO_REGION) return { source: `https://cognito-idp.${env.VITE_COGNITO_REGION}.amazonaws.com`, narrow: true };
  return { source: 'https://*.amazonaws.com', narrow: false };
}

export function contentSecurityPolicy(connectSource: string): string {
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
  const { source, narrow } = cognitoConnectSource(env);
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      if (!narrow) {
        config.logger.warn(
          `connect-src allows ${source}: set VITE_COGNITO_REGION or VITE_CSP_CONNECT_SRC to name your Cognito endpoint.`,
        );
      }
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(source) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
