// The Amplify peer is built as our page is (../../vite.config.ts): the same React plugin, the same
// Content-Security-Policy, the same compile hints, Vite's default production build, the same public
// folder, and the same index.html with only its script swapped for the peer's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { compileHintsPlugin } from '../../dev/compile-hints.ts';
import { contentSecurityPolicyPlugin } from '../../dev/content-security-policy.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const OUR_ENTRY = '/src/app/main.tsx';

function ourIndexHtml(): Plugin {
  return {
    name: 'our-index-html',
    transformIndexHtml: {
      order: 'pre',
      handler: () => {
        const html = readFileSync(`${repo}index.html`, 'utf8');
        if (!html.includes(OUR_ENTRY)) throw new Error(`index.html no longer loads ${OUR_ENTRY}: update bench/amplify-host/vite.config.ts`);
        return html.replace(OUR_ENTRY, './main.tsx');
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  envDir: repo,
  publicDir: `${repo}public`,
  plugins: [ourIndexHtml(), react(), contentSecurityPolicyPlugin({ ...loadEnv(mode, repo), ...process.env }), compileHintsPlugin()],
}));
