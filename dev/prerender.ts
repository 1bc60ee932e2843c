import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AliasOptions, Plugin } from 'vite';

type BuildEnv = Record<string, string | undefined>;

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
        const markup = await renderInWorker(env, root, alias);
        if (markup === undefined) return html;
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no empty ${ROOT_ELEMENT} to fill`);
        return html.replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`);
      },
    },
  };
}

/**
 * Loads src/app/prerender.tsx with Vite's module runner and renders, in a worker thread: a module
 * registry of its own, so React and React DOM's server renderer load together in production mode
 * even in a process that had already loaded React in development mode (a test runner's).
 */
function renderInWorker(env: BuildEnv, root: string, alias: AliasOptions): Promise<string | undefined> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { runnerImport } = await import('vite');
      const { module } = await runnerImport(workerData.file, {
        configFile: false,
        root: workerData.root,
        resolve: { alias: workerData.alias },
        logLevel: 'error',
      });
      parentPort.postMessage({ markup: module.prerenderPage(workerData.env) });
    })().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
  `;
  const worker = new Worker(source, {
    eval: true,
    workerData: { file: PRERENDER_MODULE, root, alias, env },
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise<string | undefined>((resolve, reject) => {
    worker.once('message', (answer: { markup?: string; error?: string }) => {
      void worker.terminate();
      if (answer.error !== undefined) reject(new Error(`prerender: ${answer.error}`));
      else resolve(answer.markup);
    });
    worker.once('error', reject);
  });
}
