import type { HtmlTagDescriptor, Plugin } from 'vite';
import { configFromEnv, configUrl } from '../src/app/config-source.ts';

type BuildEnv = Record<string, string | undefined>;

/**
 * The `<link rel="preload">` that starts config.json's download with the HTML, for a page that
 * reads its configuration from config.json (none when the build environment configures it). The
 * page's script asks for the same address (`fetch`, same-origin credentials) and is handed the
 * preloaded answer, so the sign-in form no longer waits for the script to run before config.json
 * even starts; on a phone's 150 ms round trip that is the last request before the form.
 */
export function configPreloadTag(env: BuildEnv, base: string): HtmlTagDescriptor[] {
  if (configFromEnv(env)) return [];
  // Only the path: the page's origin is not known at build time, and configUrl keeps it on that origin.
  const href = configUrl({ ...env, BASE_URL: base }, 'https://page.invalid').pathname;
  return [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: true }, injectTo: 'head' }];
}

export function configPreloadPlugin(env: BuildEnv): Plugin {
  let base = '/';
  return {
    name: 'config-preload',
    apply: (_, { mode }) => mode !== 'lib',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => configPreloadTag(env, base),
  };
}
