import { describe, expect, it } from 'vitest';
import { configPreloadPlugin } from './config-preload.ts';
import { builtIndexHtml } from './test/built-index-html.ts';

const builtHtml = (env: Record<string, string>, base?: string) =>
  builtIndexHtml({ plugins: [configPreloadPlugin(env)], ...(base === undefined ? {} : { base }) });

const preloads = (html: string) => [...html.matchAll(/<link [^>]*rel="preload"[^>]*>/g)].map(([tag]) => tag);

describe('config.json’s preload in the built index.html', () => {
  it('starts config.json’s download with the page, as the fetch the page makes (same-origin credentials)', async () => {
    expect(preloads(await builtHtml({}))).toEqual(['<link rel="preload" href="/config.json" as="fetch" crossorigin>']);
  });

  it('names the address the page reads: under the base path, and the origin’s root for a relative base', async () => {
    expect(preloads(await builtHtml({}, '/enroll/'))).toEqual(['<link rel="preload" href="/enroll/config.json" as="fetch" crossorigin>']);
    expect(preloads(await builtHtml({}, './'))).toEqual(['<link rel="preload" href="/config.json" as="fetch" crossorigin>']);
  });

  it('is left out when the build environment configures the page (config.json is then never read)', async () => {
    expect(preloads(await builtHtml({ VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: 'c' }))).toEqual([]);
  });
});
