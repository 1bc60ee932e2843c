// Builds each case (a module's source) with the host's own Vite and React plugin, and measures it:
// the gzip bytes of its JS and CSS, and, for each named package, whether it went into the bundle.
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** cases: { name: source }; packages: { flag: 'node_modules path of the package' }. */
export async function measureBundles(cases, packages) {
  const results = {};
  for (const [name, code] of Object.entries(cases)) {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [react(), { name: 'case', resolveId: (id) => (id === 'virtual:case.js' ? '\0case.js' : null), load: (id) => (id === '\0case.js' ? code : null) }],
      build: { write: false, rollupOptions: { input: 'virtual:case.js' } },
    });
    const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const gzip = (type) =>
      files
        .filter((file) => file.fileName.endsWith(type))
        .reduce((sum, file) => sum + gzipSync(file.type === 'chunk' ? file.code : file.source, { level: 9 }).length, 0);
    const modules = files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
    results[name] = { js: gzip('.js'), css: gzip('.css') };
    for (const [flag, path] of Object.entries(packages)) results[name][flag] = modules.some((id) => id.includes(`/node_modules/${path}/`));
  }
  return results;
}
