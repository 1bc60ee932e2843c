import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyPlugin, ContentSecurityPolicyError } from './content-security-policy.ts';
import { builtIndexHtml } from './test/built-index-html.ts';

const connectSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('connect-src'));

describe('the build’s Content-Security-Policy', () => {
  describe('given good settings', () => {
    it('names the Region’s Cognito endpoint', () => {
      expect(connectSrc(contentSecurityPolicy({ VITE_COGNITO_REGION: 'eu-west-1' }))).toBe(
        "connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com",
      );
    });

    it('names VITE_CSP_CONNECT_SRC’s origins beside the Region’s endpoint (they used to be dropped)', () => {
      const policy = contentSecurityPolicy({
        VITE_COGNITO_REGION: 'eu-west-1',
        VITE_CSP_CONNECT_SRC: ' https://api.example.com  https://logs.example.com:8443/ ',
      });
      expect(connectSrc(policy)).toBe(
        "connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com https://api.example.com https://logs.example.com:8443",
      );
    });

    it('prefers VITE_COGNITO_ENDPOINT to the Region, as the page does, and names each origin once', () => {
      const policy = contentSecurityPolicy({
        VITE_COGNITO_REGION: 'eu-west-1',
        VITE_COGNITO_ENDPOINT: 'http://127.0.0.1:9229/',
        VITE_CSP_CONNECT_SRC: 'http://127.0.0.1:9229',
      });
      expect(connectSrc(policy)).toBe("connect-src 'self' http://127.0.0.1:9229");
    });

    it('takes VITE_CSP_CONNECT_SRC alone when the Region comes at run time from elsewhere', () => {
      expect(connectSrc(contentSecurityPolicy({ VITE_CSP_CONNECT_SRC: 'https://cognito.example.com' }))).toBe(
        "connect-src 'self' https://cognito.example.com",
      );
    });

    it.each(['eu-west-1', 'ap-southeast-7', 'us-gov-west-1', 'cn-north-1', 'cn-northwest-1'])(
      "names %s's Cognito origin as the AWS SDK resolves its endpoint (amazonaws.com.cn in China)",
      async (region) => {
        const client = new CognitoIdentityProviderClient({ region });
        const endpoint = await client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false });
        expect(contentSecurityPolicy({ VITE_COGNITO_REGION: region })).toContain(`connect-src 'self' ${endpoint.url.origin};`);
      },
    );

    it('keeps the rest of the policy strict: nothing inline, nothing evaluated, Trusted Types', () => {
      const policy = contentSecurityPolicy({ VITE_COGNITO_REGION: 'us-gov-west-1' });
      expect(policy.split('; ')).toEqual([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' https://cognito-idp.us-gov-west-1.amazonaws.com",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types',
      ]);
    });
  });

  describe('given a setting that is not an origin', () => {
    it.each([
      // [setting, value, why the message gives, the value it names (the whole value unless said)]
      ['VITE_COGNITO_ENDPOINT', 'https://cognito.example.com; script-src *', /contains ';'/],
      ['VITE_COGNITO_ENDPOINT', 'https://*.amazonaws.com', /contains '\*'/],
      ['VITE_COGNITO_ENDPOINT', "https://cognito.example.com 'unsafe-eval'", /contains a quote/],
      ['VITE_COGNITO_ENDPOINT', 'https://cognito.example.com/some/path', /not an origin/],
      ['VITE_COGNITO_ENDPOINT', 'https://cognito.example.com?x=1', /not an origin/],
      ['VITE_COGNITO_ENDPOINT', 'https://user@cognito.example.com', /not an origin/],
      ['VITE_COGNITO_ENDPOINT', 'https://a.example https://b.example', /not an origin/],
      ['VITE_COGNITO_ENDPOINT', 'data:', /not an origin/],
      ['VITE_COGNITO_ENDPOINT', 'https://cognito_example.com', /neither a domain name nor an IP address/],
      ['VITE_COGNITO_ENDPOINT', 'http://cognito.example.com', /must use https/],
      ['VITE_COGNITO_REGION', 'eu-west-1; script-src *', /not an AWS Region/],
      ['VITE_COGNITO_REGION', '*', /not an AWS Region/],
      ['VITE_COGNITO_REGION', "eu-west-1.amazonaws.com 'unsafe-inline' x", /not an AWS Region/],
      ['VITE_COGNITO_REGION', 'evil.example/x', /not an AWS Region/],
      ['VITE_CSP_CONNECT_SRC', 'https://api.example.com;script-src', /contains ';'/],
      // Of a list, the message names the origin it refuses.
      ['VITE_CSP_CONNECT_SRC', 'https://api.example.com *', /contains '\*'/, '*'],
      ['VITE_CSP_CONNECT_SRC', "'self' https://api.example.com", /contains a quote/, "'self'"],
      ['VITE_CSP_CONNECT_SRC', 'https://api.example.com "x"', /contains a quote/, '"x"'],
      ['VITE_CSP_CONNECT_SRC', 'api.example.com', /not an origin/],
      ['VITE_CSP_CONNECT_SRC', 'https:', /not an origin/],
      ['VITE_CSP_CONNECT_SRC', 'https://a.example,https://b.example', /neither a domain name nor an IP address|not an origin/],
      ['VITE_CSP_CONNECT_SRC', 'wss://api.example.com', /not an origin/],
    ])('%s=%s is refused, naming the setting and why', (setting, value, why, named = value) => {
      // Beside a good Region, so that the refusal is the bad setting's alone.
      const env = { VITE_COGNITO_REGION: 'eu-west-1', [setting]: value };
      expect(() => contentSecurityPolicy(env)).toThrow(ContentSecurityPolicyError);
      expect(() => contentSecurityPolicy(env)).toThrow(why);
      expect(() => contentSecurityPolicy(env)).toThrow(`${setting}: "${named}"`);
    });

    it('refuses to build with no endpoint at all, rather than allow any host', () => {
      expect(() => contentSecurityPolicy({})).toThrow(/needs your Cognito endpoint/);
      expect(() => contentSecurityPolicy({ VITE_CSP_CONNECT_SRC: '   ' })).toThrow(/needs your Cognito endpoint/);
    });
  });

  describe('when Vite builds', () => {
    // The policy as the browser reads it from the attribute.
    const buildWith = async (env: Record<string, string>) =>
      (await builtIndexHtml({ plugins: [contentSecurityPolicyPlugin(env)] })).replaceAll('&#39;', "'");

    it('stops the build with the setting’s message', async () => {
      await expect(buildWith({ VITE_COGNITO_REGION: 'eu-west-1', VITE_CSP_CONNECT_SRC: 'https://*.example.com' })).rejects.toThrow(
        /VITE_CSP_CONNECT_SRC: "https:\/\/\*\.example\.com" contains '\*'/,
      );
    });

    it('puts the composed policy in index.html', async () => {
      const html = await buildWith({ VITE_COGNITO_REGION: 'eu-west-1', VITE_CSP_CONNECT_SRC: 'https://api.example.com' });
      expect(html).toContain(
        "connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com https://api.example.com; manifest-src 'self'",
      );
    });
  });
});
