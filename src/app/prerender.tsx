// Runs at build time, in Node (dev/prerender.ts): the page's HTML gets the sign-in form, so that a
// phone shows it, and takes typing, before the page's script has arrived. The script then hydrates
// it (main.tsx): the same tree, so React takes over these very elements.
import { renderToString } from 'react-dom/server';
import { App, PageRoot } from './app';
import { parseConfig, type PageConfig } from './config';
import { configFromEnv } from './config-source';

/**
 * The markup for the page's #root when the build's environment configures the page: the sign-in
 * screen as the script first draws it in English. Undefined when there is nothing to draw before the
 * script: a page configured by config.json (read at run time), or a configuration the script will
 * refuse with its own message.
 */
export function prerenderPage(env: Record<string, string | boolean | undefined>): string | undefined {
  const raw = configFromEnv(env);
  if (!raw) return undefined;
  let config: PageConfig;
  try {
    // The issuer (the page's host name by default) is in the title, which the script sets; not in the form.
    config = parseConfig(raw, '');
  } catch {
    return undefined;
  }
  return renderToString(
    <PageRoot prerendered>
      <App config={config} />
    </PageRoot>,
  );
}
