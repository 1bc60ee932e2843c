import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const CONFIG_FILE = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const CONFIGURED = {
  VITE_COGNITO_REGION: 'eu-west-1',
  VITE_COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
  VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  VITE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
};
const saved = { ...process.env };

afterEach(() => {
  for (const key of Object.keys(CONFIGURED)) {
    const before = saved[key];
    if (before === undefined) delete process.env[key];
    else process.env[key] = before;
  }
});

/** The page's production build (not written), with these variables in its environment: its index.html. */
async function builtIndexHtml(env: Record<string, string>): Promise<string> {
  Object.assign(process.env, env);
  const result = await build({ configFile: CONFIG_FILE, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const html = outputs.flatMap((output) => output.output).find((file) => file.fileName === 'index.html');
  if (html?.type !== 'asset') throw new Error('the build made no index.html');
  return String(html.source);
}

describe('the prerender plugin in the page’s build', () => {
  it('puts the sign-in form into index.html when the build’s environment configures the page', async () => {
    const html = await builtIndexHtml(CONFIGURED);
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';
    expect(root).toMatch(/^<main class="card" data-prerendered="">/);
    expect(root).toContain('<h1 id="sign-in-heading" tabindex="-1">Sign in</h1>');
    expect(root).toMatch(/<input [^>]*name="username"/);
    expect(root).toMatch(/<button type="submit" class="primary" disabled="">Sign in<\/button>/);
    // Static markup: no script, no inline style or handler that the Content-Security-Policy would refuse.
    expect(root).not.toMatch(/<script|style=|\son[a-z]+=/i);
  }, 60_000);

  it('leaves #root empty for a page that reads config.json when it runs', async () => {
    // Empty, not unset: the variables win over a developer's .env files, which might configure a pool.
    const html = await builtIndexHtml({ VITE_COGNITO_REGION: 'eu-west-1', VITE_COGNITO_USER_POOL_ID: '', VITE_COGNITO_CLIENT_ID: '' });
    expect(html).toContain('<div id="root"></div>');
  }, 60_000);
});
