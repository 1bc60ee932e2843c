// `npm run build:lib` (and `npm pack`, through prepack): the package in dist-lib/.
//
// Every file directly in src/ is an entry (src/index.ts is the package itself, src/headless.ts is
// `cognito-mfa-wizard/headless`, …); to add one, add the file and its line in package.json's
// `exports` and `typesVersions`: this script stops with what is missing otherwise.
//
// Output, for each source module (modules are kept apart so that a 'use client' directive stays on
// the modules that have it, and a server component can import the pure helpers):
//   X.js + X.js.map     ESM, unminified (hosts minify), with its source map
//   X.cjs + X.cjs.map   CommonJS, for Jest and `require` without configuration
//   X.d.ts + X.d.cts    declarations for ESM and CommonJS importers, with declaration maps
// and mfa-wizard.css.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist-lib');

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  typesVersions?: Record<string, Record<string, string[]>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** The entries: every .ts file directly in src/, by name (`index`, `headless`, …). */
export function libraryEntries(): Record<string, string> {
  const files = readdirSync(join(root, 'src')).filter((file) => /^[a-z-]+\.ts$/.test(file) && !file.endsWith('.d.ts'));
  return Object.fromEntries(files.map((file) => [file.slice(0, -3), join(root, 'src', file)]));
}

/** What package.json lacks for these entries, in words; empty when it names each one as the build makes it. */
export function missingPackageLines(entries: string[], { exports, typesVersions }: PackageJson): string[] {
  const problems: string[] = [];
  const subpaths = new Set(entries.map((name) => (name === 'index' ? '.' : `./${name}`)));
  for (const name of entries) {
    const subpath = name === 'index' ? '.' : `./${name}`;
    const wanted = { import: `./dist-lib/${name}.js`, require: `./dist-lib/${name}.cjs` };
    if (JSON.stringify(exports[subpath]) !== JSON.stringify(wanted)) {
      problems.push(`"exports": { "${subpath}": ${JSON.stringify(wanted)} }`);
    }
    // TypeScript's node10 resolution knows no `exports`: it finds a subpath's types here.
    const node10 = typesVersions?.['*']?.[name];
    if (name !== 'index' && JSON.stringify(node10) !== JSON.stringify([`./dist-lib/${name}.d.ts`])) {
      problems.push(`"typesVersions": { "*": { "${name}": ["./dist-lib/${name}.d.ts"] } }`);
    }
  }
  for (const subpath of Object.keys(exports)) {
    const target = exports[subpath];
    if (typeof target !== 'string' && !subpaths.has(subpath)) problems.push(`an entry file for "exports" "${subpath}"`);
  }
  return problems;
}

/** Adds `.js` (or `/index.js`) to the relative imports that tsc leaves as written, which node16 and nodenext cannot resolve. */
export function withExtensions(declaration: string, fileDir: string): string {
  return declaration.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\2/g, (whole, lead: string, quote: string, spec: string) => {
    if (/\.(js|cjs|mjs|json|css)$/.test(spec)) return whole;
    if (existsSync(join(fileDir, `${spec}.d.ts`))) return `${lead}${quote}${spec}.js${quote}`;
    if (existsSync(join(fileDir, spec, 'index.d.ts'))) return `${lead}${quote}${spec}/index.js${quote}`;
    throw new Error(`a declaration in ${fileDir} imports ${spec}, which has no declaration`);
  });
}

/** The CommonJS twin of an ESM declaration: the same types, relative imports pointing at .cjs twins. */
export function commonJsTwin(declaration: string, mapFile: string): string {
  return declaration
    .replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2')
    .replace(/\/\/# sourceMappingURL=\S+/, `//# sourceMappingURL=${mapFile}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
}

/** Source files that start with a 'use client' directive, by the output name they get. */
function clientModules(): Set<string> {
  const src = join(root, 'src');
  return new Set(
    walk(src)
      .filter((file) => /\.tsx?$/.test(file) && /^['"]use client['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file).replace(/\.tsx?$/, '')),
  );
}

async function main() {
  const entries = libraryEntries();
  const problems = missingPackageLines(Object.keys(entries), pkg);
  if (problems.length > 0) {
    throw new Error(`package.json does not name every entry as the build makes it. Add:\n  ${problems.join('\n  ')}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es', 'cjs'] },
      rollupOptions: {
        external: isExternal,
        output: { preserveModules: true, preserveModulesRoot: 'src' },
        onLog(level, log, handler) {
          // Kept on purpose: with one output file a module, the directive stays where it was (checked below).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return;
          handler(level, log);
        },
      },
    },
  });
  copyFileSync(join(root, 'src/react/mfa-wizard.css'), join(outDir, 'mfa-wizard.css'));

  for (const name of clientModules()) {
    for (const ext of ['js', 'cjs']) {
      const built = readFileSync(join(outDir, `${name}.${ext}`), 'utf8');
      if (!/^["']use client["']/.test(built)) throw new Error(`${name}.${ext} lost its 'use client' directive`);
    }
  }

  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.lib.json')], {
    stdio: 'inherit',
  });
  for (const file of walk(outDir).filter((path) => path.endsWith('.d.ts'))) {
    const declaration = withExtensions(readFileSync(file, 'utf8'), dirname(file));
    writeFileSync(file, declaration);
    const twin = file.replace(/\.d\.ts$/, '.d.cts');
    const twinMap = `${twin}.map`;
    writeFileSync(twin, commonJsTwin(declaration, twinMap.slice(dirname(twinMap).length + 1)));
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { file: string };
    writeFileSync(twinMap, JSON.stringify({ ...map, file: map.file.replace(/\.d\.ts$/, '.d.cts') }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
