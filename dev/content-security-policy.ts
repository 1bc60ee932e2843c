import type { Plugin } from 'vite';
import { AWS_REGION, isHttpsOrLoopback, regionalCognitoOrigin } from '../src/app/aws-endpoints.ts';

type BuildEnv = Record<string, string | undefined>;

/** A build setting that cannot go into the policy; its message says which one and why. */
export class ContentSecurityPolicyError extends Error {
  override name = 'ContentSecurityPolicyError';
}

const SCHEME_HOST_PORT = /^https?:\/\/[^/?#@]+\/?$/i;
// A DNS name (letters, digits, dots and hyphens, punycode for the others) or a bracketed IPv6 address.
const HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.?$|^\[[0-9a-f:.]+\]$/;

/**
 * One origin, as the policy may name it, from a build setting. Everything else is refused rather
 * than repaired: a `;` starts a directive of its own, a quote adds a keyword such as
 * 'unsafe-inline', a `*` lets the page talk to hosts nobody named.
 */
function origin(setting: string, value: string): string {
  const refuse = (why: string) =>
    new ContentSecurityPolicyError(
      `${setting}: "${value}" ${why}. Name an origin: a scheme, a host and an optional port, like https://cognito-idp.eu-west-1.amazonaws.com.`,
    );
  if (value.includes(';')) throw refuse("contains ';', which would add a directive to the Content-Security-Policy");
  if (value.includes('*')) throw refuse("contains '*': wildcards are refused, name each origin");
  if (/['"`]/.test(value)) throw refuse('contains a quote, which would add a keyword to the Content-Security-Policy');
  if (!SCHEME_HOST_PORT.test(value)) throw refuse('is not an origin (scheme://host[:port], nothing before or after it)');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('is not a URL');
  }
  if (!HOST.test(url.hostname)) throw refuse('has a host that is neither a domain name nor an IP address');
  if (!isHttpsOrLoopback(url)) throw refuse('must use https (plain http only to 127.0.0.1, localhost or [::1])');
  return url.origin;
}

/** Cognito's endpoint: VITE_COGNITO_ENDPOINT, else the Region's own from VITE_COGNITO_REGION. */
function cognitoOrigin(env: BuildEnv): string | undefined {
  if (env.VITE_COGNITO_ENDPOINT) return origin('VITE_COGNITO_ENDPOINT', env.VITE_COGNITO_ENDPOINT);
  const region = env.VITE_COGNITO_REGION;
  if (!region) return undefined;
  if (!AWS_REGION.test(region)) {
    throw new ContentSecurityPolicyError(`VITE_COGNITO_REGION: "${region}" is not an AWS Region (like eu-west-1).`);
  }
  return regionalCognitoOrigin(region);
}

/**
 * The origins the page may send requests to besides its own (config.json): Cognito's, and those
 * VITE_CSP_CONNECT_SRC adds (space-separated).
 */
function connectSources(env: BuildEnv): string[] {
  const extra = (env.VITE_CSP_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
  const cognito = cognitoOrigin(env);
  const all = [...(cognito ? [cognito] : []), ...extra.map((value) => origin('VITE_CSP_CONNECT_SRC', value))];
  // A policy that lets the page talk to any host would not protect it: refuse to build one.
  if (all.length === 0) {
    throw new ContentSecurityPolicyError(
      'The Content-Security-Policy needs your Cognito endpoint: build with VITE_COGNITO_REGION ' +
        '(or VITE_COGNITO_ENDPOINT, or VITE_CSP_CONNECT_SRC) set. See the README.',
    );
  }
  return [...new Set(all)];
}

/** The page's policy for the build settings in `env`; throws a ContentSecurityPolicyError for a setting it cannot use. */
export function contentSecurityPolicy(env: BuildEnv): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources(env).join(' ')}`,
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
export function contentSecurityPolicyPlugin(env: BuildEnv): Plugin {
  let policy = '';
  return {
    name: 'content-security-policy',
    apply: (_, { command, mode }) => command === 'build' && mode !== 'lib',
    configResolved() {
      // Checked here, so that a bad setting stops the build before anything is bundled.
      policy = contentSecurityPolicy(env);
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
