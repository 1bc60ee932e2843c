import { fileURLToPath } from 'node:url';
import { runnerImport, type AliasOptions, type Plugin } from 'vite';

type BuildEnv = Record<string, string | undefined>;
/** src/app/prerender.tsx, loaded by Vite (its TSX and the page's imports), not by this config's loader. */
interface PrerenderModule {
  prerenderPage(env: BuildEnv): string | undefined;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const PRERENDER_MODULE = fileURLToPath(new URL('../src/app/prerender.tsx', import.meta.url));

/**
 * Puts the sign-in form into the built index.html (src/app/prerender.tsx renders it with React in
 * Node), so that the form is on screen and takes typing once the HTML and the stylesheet have
 * arrived, before the page's script: on a phone on a mobile network, most of a second sooner. Only
 * for a page configured by the build's environment; config.json is read at run time, by the script.
 */
export function prerenderPlugin(env: BuildEnv): Plugin {
  let alias: AliasOptions = [];
  let root = process.cwd();
  return {
    name: 'prerender-sign-in',
    apply: (_, { command, mode }) => command === 'build' && mode !== 'lib',
    configResolved(config) {
      alias = config.resolve.alias;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<PrerenderModule>(PRERENDER_MODULE, {
          configFile: false,
          root,
          resolve: { alias },
          logLevel: 'error',
        });
        const markup = module.prerenderPage(env);
        if (markup === undefined) return html;
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no empty ${ROOT_ELEMENT} to fill`);
        return html.replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`);
      },
    },
  };
}
