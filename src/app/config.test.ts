import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config';
import { configFromEnv } from './config-source';

const pool = { userPoolId: 'eu-west-1_AbC123', clientId: '1example23456789' };

describe('parseConfig', () => {
  it('takes one pool at the top level', () => {
    expect(parseConfig({ region: 'eu-west-1', ...pool, issuer: 'Example' }, 'fallback')).toEqual({
      region: 'eu-west-1',
      issuer: 'Example',
      pools: [{ id: '1', label: 'eu-west-1_AbC123', ...pool }],
    });
  });

  it('takes a request timeout in seconds', () => {
    expect(parseConfig({ region: 'eu-west-1', ...pool, requestTimeoutSeconds: 7.5 }, 'x').requestTimeoutSeconds).toBe(7.5);
    expect(configFromEnv({ VITE_COGNITO_USER_POOL_ID: pool.userPoolId, VITE_COGNITO_REQUEST_TIMEOUT_SECONDS: '9' })).toMatchObject({
      requestTimeoutSeconds: 9,
    });
  });

  it("takes each pool's MFA setting and password rules, and a help link", () => {
    const config = parseConfig(
      {
        region: 'eu-west-1',
        helpUrl: 'https://example.com/help/lost-phone',
        pools: [
          { ...pool, mfa: 'optional', passwordPolicy: { minimumLength: 12, requireSymbols: false } },
          { ...pool, mfa: 'required' },
        ],
      },
      'x',
    );
    expect(config.helpUrl).toBe('https://example.com/help/lost-phone');
    expect(config.pools[0]).toMatchObject({
      mfa: 'optional',
      passwordPolicy: { minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: false },
    });
    expect(config.pools[1]).toMatchObject({ mfa: 'required' });
    expect(config.pools[1]?.passwordPolicy).toBeUndefined();
    expect(parseConfig({ region: 'eu-west-1', ...pool, helpUrl: '/help' }, 'x').helpUrl).toBe('/help');
    expect(
      configFromEnv({
        VITE_COGNITO_USER_POOL_ID: pool.userPoolId,
        VITE_COGNITO_MFA: 'optional',
        VITE_MFA_HELP_URL: '/help',
        VITE_COGNITO_PASSWORD_POLICY: '{"minimumLength":10}',
      }),
    ).toMatchObject({ mfa: 'optional', helpUrl: '/help', passwordPolicy: { minimumLength: 10 } });
  });

  it('takes several pools, an endpoint, and falls back to the given issuer', () => {
    const config = parseConfig(
      {
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9229',
        pools: [{ id: 'a', label: 'A', userPoolId: 'local_x1', clientId: 'c1', sessionValidityMinutes: 5 }],
      },
      'example.com',
    );
    expect(config.issuer).toBe('example.com');
    expect(config.endpoint).toBe('http://127.0.0.1:9229');
    expect(config.pools[0]).toMatchObject({ id: 'a', sessionValidityMinutes: 5 });
  });

  it.each([
    ['not an object', 'x', /not a JSON object/],
    ['no region', { ...pool }, /"region" is missing/],
    ['a bad region', { region: 'europe', ...pool }, /not an AWS Region/],
    ['a bad pool id', { region: 'eu-west-1', userPoolId: 'nope', clientId: 'c' }, /not a user pool id/],
    ['an unknown MFA setting', { region: 'eu-west-1', ...pool, mfa: 'on' }, /"mfa" must be "required" or "optional"/],
    ['a too short minimum length', { region: 'eu-west-1', ...pool, passwordPolicy: { minimumLength: 3 } }, /minimumLength/],
    ['a rule that is not a flag', { region: 'eu-west-1', ...pool, passwordPolicy: { requireNumbers: 'yes' } }, /requireNumbers/],
    ['a help link to another scheme', { region: 'eu-west-1', ...pool, helpUrl: 'javascript:alert(1)' }, /"helpUrl" must be/],
    ['a help link to another host without https', { region: 'eu-west-1', ...pool, helpUrl: '//evil.example/x' }, /"helpUrl" must be/],
    ['a pool of another region', { region: 'us-east-1', ...pool }, /not in the region "us-east-1"/],
    ['no client id', { region: 'eu-west-1', userPoolId: pool.userPoolId }, /"clientId" is missing/],
    ['a bad client id', { region: 'eu-west-1', ...pool, clientId: 'a b' }, /not an app client id/],
    ['an endpoint that is no URL', { region: 'eu-west-1', ...pool, endpoint: 'nowhere' }, /not a URL/],
    ['a remote endpoint over http', { region: 'eu-west-1', ...pool, endpoint: 'http://evil.example' }, /must use https/],
    ['an empty pool list', { region: 'eu-west-1', pools: [] }, /no user pool/],
    ['a session validity out of range', { region: 'eu-west-1', ...pool, sessionValidityMinutes: 20 }, /3 to 15/],
    ['a request timeout of no time', { region: 'eu-west-1', ...pool, requestTimeoutSeconds: 0 }, /1 to 120/],
    ['a request timeout that is no number', { region: 'eu-west-1', ...pool, requestTimeoutSeconds: '5' }, /1 to 120/],
    ['a session validity that is no number', { region: 'eu-west-1', ...pool, sessionValidityMinutes: NaN }, /whole number/],
    ['a client secret', { region: 'eu-west-1', ...pool, clientSecret: 's3cr3t' }, /client secret.*without a secret/],
    ['a client secret in a pool', { region: 'eu-west-1', pools: [{ ...pool, clientSecret: 's3cr3t' }] }, /pool 1 holds a client secret/],
    ['an unknown authFlow', { region: 'eu-west-1', ...pool, authFlow: 'CUSTOM_AUTH' }, /"USER_SRP_AUTH" or "USER_PASSWORD_AUTH"/],
  ])('refuses %s with a message saying what is wrong', (_, raw, message) => {
    expect(() => parseConfig(raw, 'x')).toThrow(ConfigError);
    expect(() => parseConfig(raw, 'x')).toThrow(message);
  });
});

describe('authFlow', () => {
  it('is unset (SRP, the sign-in default) unless given, at the top level for every pool or per pool', () => {
    expect(parseConfig({ region: 'eu-west-1', ...pool }, 'x').pools[0]?.authFlow).toBeUndefined();
    const config = parseConfig(
      { region: 'eu-west-1', authFlow: 'USER_PASSWORD_AUTH', pools: [pool, { ...pool, authFlow: 'USER_SRP_AUTH' }] },
      'x',
    );
    expect(config.pools.map((p) => p.authFlow)).toEqual(['USER_PASSWORD_AUTH', 'USER_SRP_AUTH']);
  });

  it('comes from VITE_COGNITO_AUTH_FLOW at build time, and VITE_COGNITO_CLIENT_SECRET is refused', async () => {
    const env = { VITE_COGNITO_REGION: 'eu-west-1', VITE_COGNITO_USER_POOL_ID: pool.userPoolId, VITE_COGNITO_CLIENT_ID: pool.clientId };
    await expect(loadConfig({ ...env, VITE_COGNITO_AUTH_FLOW: 'USER_PASSWORD_AUTH' })).resolves.toMatchObject({
      pools: [{ authFlow: 'USER_PASSWORD_AUTH' }],
    });
    await expect(loadConfig({ ...env, VITE_COGNITO_CLIENT_SECRET: 's3cr3t' })).rejects.toThrow(/holds a client secret/);
  });
});

describe('loadConfig', () => {
  it('prefers the build environment and fetches nothing', async () => {
    const fetchConfig = vi.fn<typeof fetch>();
    const env = {
      VITE_COGNITO_REGION: 'eu-west-1',
      VITE_COGNITO_USER_POOL_ID: pool.userPoolId,
      VITE_COGNITO_CLIENT_ID: pool.clientId,
      VITE_MFA_ISSUER: 'Example',
    };
    expect(configFromEnv(env)).toMatchObject({ region: 'eu-west-1', ...pool });
    await expect(loadConfig(env, fetchConfig)).resolves.toMatchObject({ issuer: 'Example', pools: [pool] });
    expect(fetchConfig).not.toHaveBeenCalled();
  });

  it('reads config.json beside the page, never the address bar', async () => {
    window.history.replaceState(null, '', '/?endpoint=https://evil.example&userPoolId=x');
    const fetchConfig = vi.fn<typeof fetch>(async () => Response.json({ region: 'eu-west-1', ...pool }));
    const config = await loadConfig({}, fetchConfig);
    expect(config.endpoint).toBeUndefined();
    expect(String(fetchConfig.mock.calls[0]?.[0])).toBe(new URL('/config.json', window.location.href).href);
  });

  describe('given a page opened at a deep path (/any/path/)', () => {
    const fetchedFrom = async (env: Record<string, string>) => {
      window.history.replaceState(null, '', '/any/path/');
      const fetchConfig = vi.fn<typeof fetch>(async () => Response.json({ region: 'eu-west-1', ...pool }));
      await loadConfig(env, fetchConfig);
      return String(fetchConfig.mock.calls[0]?.[0]);
    };

    it("fetches config.json from the app's base path, not from beside that path", async () => {
      expect(await fetchedFrom({ BASE_URL: '/' })).toBe(new URL('/config.json', window.location.href).href);
    });

    it('follows a base path the build names', async () => {
      expect(await fetchedFrom({ BASE_URL: '/enroll/' })).toBe(new URL('/enroll/config.json', window.location.href).href);
    });

    it("takes the origin's root for a relative base, which names no fixed path", async () => {
      expect(await fetchedFrom({ BASE_URL: './' })).toBe(new URL('/config.json', window.location.href).href);
    });
  });

  it.each([
    ['missing', async () => new Response('', { status: 404 }), /No configuration/],
    ['failing', async () => new Response('', { status: 500 }), /HTTP 500/],
    ['not JSON', async () => new Response('<html>'), /not valid JSON/],
    [
      'unreachable',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      /network failed/,
    ],
  ])('says so when config.json is %s', async (_, respond, message) => {
    await expect(loadConfig({}, vi.fn<typeof fetch>(respond))).rejects.toThrow(message);
  });
});
