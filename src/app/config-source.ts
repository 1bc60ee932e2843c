// Where the page's configuration comes from: the build environment or config.json's one address.
// No `import.meta.env` here: the build (dev/config-preload.ts) reads these too, in Node.

/** The configuration given at build time through Vite's environment, if any. */
export function configFromEnv(env: Record<string, string | boolean | undefined>): Record<string, unknown> | undefined {
  const read = (key: string) => (typeof env[key] === 'string' && env[key] !== '' ? env[key] : undefined);
  if (!read('VITE_COGNITO_USER_POOL_ID')) return undefined;
  const minutes = read('VITE_COGNITO_SESSION_MINUTES');
  const timeout = read('VITE_COGNITO_REQUEST_TIMEOUT_SECONDS');
  const passwordPolicy = read('VITE_COGNITO_PASSWORD_POLICY');
  const authFlow = read('VITE_COGNITO_AUTH_FLOW');
  const clientSecret = read('VITE_COGNITO_CLIENT_SECRET');
  return {
    ...(timeout ? { requestTimeoutSeconds: Number(timeout) } : {}),
    ...(authFlow ? { authFlow } : {}),
    ...(clientSecret ? { clientSecret } : {}),
    helpUrl: read('VITE_MFA_HELP_URL'),
    mfa: read('VITE_COGNITO_MFA'),
    // JSON, as in config.json; what is not JSON is left to parseConfig to refuse by name.
    ...(passwordPolicy ? { passwordPolicy: jsonOr(passwordPolicy) } : {}),
    region: read('VITE_COGNITO_REGION'),
    endpoint: read('VITE_COGNITO_ENDPOINT'),
    issuer: read('VITE_MFA_ISSUER'),
    userPoolId: read('VITE_COGNITO_USER_POOL_ID'),
    clientId: read('VITE_COGNITO_CLIENT_ID'),
    ...(minutes ? { sessionValidityMinutes: Number(minutes) } : {}),
  };
}

function jsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * config.json's one address: at the app's base path (Vite's BASE_URL, `/` unless the build
 * says otherwise), on the page's origin. Never relative to the page's own path: a link to
 * /any/path/ would otherwise choose which file configures the page.
 */
export function configUrl(env: Record<string, string | boolean | undefined>, origin: string): URL {
  const base = typeof env.BASE_URL === 'string' && env.BASE_URL !== '' ? env.BASE_URL : '/';
  // A relative base (`./`) names no fixed path: the origin's root is the one place left.
  return new URL(`${base.endsWith('/') ? base : `${base}/`}config.json`, `${origin}/`);
}
