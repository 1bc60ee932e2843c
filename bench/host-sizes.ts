// What the wizard adds to a host app: each host is built with Vite's defaults (as a host's own build
// would), once without the wizard and once with it, the wizard taken from the package as built
// (`npm run build:lib`) and resolved through its package.json "exports", as a host resolves it.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Alias } from 'vite';
import { gzipBytesOfJsAndCss } from './gzip-size.ts';
import { exportTarget, type ExportsField } from './package-exports.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const hosts = fileURLToPath(new URL('./hosts/', import.meta.url));

/** Aliases that send `name` and `name/sub` to the files the package's "exports" name for a browser bundler. */
async function packageAliases(): Promise<Alias[]> {
  const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { name: string; exports: ExportsField };
  // Subpath patterns ("./*") name no one file to bundle; the wizard's exports have none.
  return Object.keys(pkg.exports ?? {}).filter((subpath) => !subpath.includes('*')).flatMap((subpath) => {
    const target = exportTarget(pkg.exports, subpath);
    if (!target) return [];
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return [{ find: new RegExp(`^${escaped}$`), replacement: join(repo, target) }];
  });
}

async function hostBytes(entry: string, outDir: string, alias: Alias[]): Promise<number> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: hosts,
    plugins: [react()],
    resolve: { alias },
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(hosts, entry) } },
  });
  return gzipBytesOfJsAndCss(outDir);
}

export interface HostSizes {
  /** Gzip JS + CSS the wizard adds to a host that already has the AWS SDK's Cognito client. */
  sdkHost: { without: number; with: number };
  /** … and to a host with React only. */
  reactHost: { without: number; with: number };
}

export async function measureHostSizes(work: string): Promise<HostSizes> {
  execFileSync('npm', ['run', '--silent', 'build:lib'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const alias = await packageAliases();
  const size = (entry: string) => hostBytes(entry, join(work, entry.replace(/\W+/g, '-')), alias);
  return {
    sdkHost: { without: await size('sdk-host.entry.tsx'), with: await size('sdk-host-with-wizard.entry.tsx') },
    reactHost: { without: await size('react-host.entry.tsx'), with: await size('react-host-with-wizard.entry.tsx') },
  };
}
