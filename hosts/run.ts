// `npm run test:hosts`: the packed package in the host apps people have. Each fixture in hosts/ is a
// tiny app with its own package.json and lockfile (exact versions) that installs the tarball that
// `npm pack` makes, never the source. Work copies live in HOSTS_WORK_DIR (default: the system's
// temporary folder), so that reruns install only what changed.
//
//   typescript    consumers under bundler, node16 and nodenext (ESM and CJS), node10; a probe that
//                 must fail under each; attw and publint --strict on the tarball
//   jest          Jest 30 + jsdom renders the wizard with a faked client
//   vite-react19  Vite + React 19, both modes against the local Cognito in Chromium; bundle cost
//   vite-react18  the same on React 18.2 and the dependency floors, installed with plain npm install
//   next-app      Next.js App Router: next build, next start, enrollment and hydration in Chromium
//   vite-amplify  Vite + React 19 signing in with Amplify v6 (SRP), enrolling through
//                 cognito-mfa-wizard/amplify in Chromium; what the wizard adds to its bundle
//
// HOSTS_UPDATE_LOCKS=1 writes each fixture's lockfile back after installing (to change a version).
// HOSTS_COGNITO_PORT, HOSTS_VITE19_PORT, HOSTS_VITE18_PORT, HOSTS_NEXT_PORT, HOSTS_AMPLIFY_PORT: fixed
// ports (default: free ones).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedLocalCognito } from '../dev/local-cognito/seed.ts';
import { startLocalCognito } from '../dev/local-cognito/server.ts';

const hosts = fileURLToPath(new URL('.', import.meta.url));
const root = join(hosts, '..');
// Outside the repository: a lockfile above a host app would make Next.js take the repository for its root.
const work = process.env.HOSTS_WORK_DIR ?? join(tmpdir(), 'cognito-mfa-wizard-hosts');
const tarball = join(work, 'cognito-mfa-wizard.tgz');
const PACKAGE = 'cognito-mfa-wizard';

/** Files a fixture's work copy gets besides its own folder: [from, in hosts/] → [to, in the copy]. */
const viteApp: Array<[string, string]> = [
  ['vite-app', '.'],
  ['shared/host-app.jsx', 'src/host-app.jsx'],
  ['shared/sign-in-form.jsx', 'src/sign-in-form.jsx'],
  ['shared/host.css', 'src/host.css'],
  ['bundle-cost.mjs', 'bundle-cost.mjs'],
  ['shared/measure-bundles.mjs', 'measure-bundles.mjs'],
];
const FIXTURES: Record<string, Array<[string, string]>> = {
  typescript: [],
  jest: [],
  'vite-react19': viteApp,
  'vite-react18': viteApp,
  'next-app': [
    ['shared/host-app.jsx', 'app/host-app.jsx'],
    ['shared/sign-in-form.jsx', 'app/sign-in-form.jsx'],
    ['shared/host.css', 'app/host.css'],
  ],
  'vite-amplify': [
    ['shared/sign-in-form.jsx', 'src/sign-in-form.jsx'],
    ['shared/measure-bundles.mjs', 'measure-bundles.mjs'],
  ],
};

const timings: Array<[string, number]> = [];

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    return await run();
  } finally {
    const seconds = (Date.now() - started) / 1000;
    timings.push([name, seconds]);
    console.log(`  ${name}: ${seconds.toFixed(1)} s`);
  }
}

interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Collect the output instead of showing it. */
  quiet?: boolean;
}

/** Runs a command; resolves with its exit code and output (rejects only when it cannot start). */
function run(command: string, args: string[], { cwd, env = {}, quiet = false }: RunOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function mustRun(command: string, args: string[], options: RunOptions): Promise<string> {
  const { code, output } = await run(command, args, options);
  if (code !== 0) {
    if (options.quiet) process.stdout.write(output);
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${code}`);
  }
  return output;
}

const bin = (fixture: string, name: string) => join(work, fixture, 'node_modules', '.bin', name);

/** The package as npm would publish it (prepack builds it). */
async function pack(): Promise<void> {
  mkdirSync(work, { recursive: true });
  for (const file of readdirSync(work).filter((f) => f.endsWith('.tgz'))) rmSync(join(work, file));
  const output = await mustRun('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, quiet: true });
  const [packed] = JSON.parse(output.slice(output.indexOf('['))) as Array<{ filename: string }>;
  if (!packed) throw new Error(`npm pack said nothing of its tarball:\n${output}`);
  renameSync(join(work, packed.filename), tarball);
}

/**
 * A fixture's work copy, installed with plain `npm install` from its lockfile. The lockfile names the
 * tarball without its integrity, so each run installs the tarball just packed (npm would otherwise
 * take the copy its cache holds under the old integrity).
 */
async function install(fixture: string): Promise<void> {
  const dir = join(work, fixture);
  mkdirSync(dir, { recursive: true });
  cpSync(join(hosts, fixture), dir, { recursive: true });
  for (const [from, to] of FIXTURES[fixture] ?? []) cpSync(join(hosts, from), join(dir, to), { recursive: true });
  const lockFile = join(dir, 'package-lock.json');
  // Updating the lockfiles: npm reads the tarball's own dependencies again only without its entry.
  const forget = Boolean(process.env.HOSTS_UPDATE_LOCKS);
  if (existsSync(lockFile)) writeFileSync(lockFile, withoutPackageIntegrity(readFileSync(lockFile, 'utf8'), forget));
  // npm keeps an installed copy of the same version and path as it is: take it away first.
  rmSync(join(dir, 'node_modules', PACKAGE), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.package-lock.json'), { force: true });
  await mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  const installed = readFileSync(join(dir, 'node_modules', PACKAGE, 'dist-lib/index.js'), 'utf8');
  const packed = await mustRun('tar', ['-xzOf', tarball, 'package/dist-lib/index.js'], { cwd: dir, quiet: true });
  if (installed !== packed) throw new Error(`${fixture}: the installed ${PACKAGE} is not the tarball just packed`);
  console.log(`  ${fixture}: ${PACKAGE} installed from the tarball just packed`);
  if (process.env.HOSTS_UPDATE_LOCKS) {
    writeFileSync(join(hosts, fixture, 'package-lock.json'), withoutPackageIntegrity(readFileSync(lockFile, 'utf8')));
  }
}

function withoutPackageIntegrity(lock: string, forgetEntry = false): string {
  const parsed = JSON.parse(lock) as { packages: Record<string, { integrity?: string }> };
  const entry = parsed.packages[`node_modules/${PACKAGE}`];
  if (forgetEntry) delete parsed.packages[`node_modules/${PACKAGE}`];
  else if (entry) delete entry.integrity;
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

/** The TypeScript matrix: each resolution typechecks the consumer and reports each of the probe's errors. */
async function typescriptMatrix(): Promise<void> {
  const dir = join(work, 'typescript');
  for (const name of ['consumer', 'probe']) {
    const source = readFileSync(join(dir, `${name}.ts`), 'utf8');
    writeFileSync(join(dir, `${name}.mts`), source);
    writeFileSync(join(dir, `${name}.cts`), source);
  }
  const modes: Array<[string, Record<string, string>, string]> = [
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'ts'],
    ['node16 (ESM importer)', { module: 'node16', moduleResolution: 'node16' }, 'mts'],
    ['node16 (CJS importer)', { module: 'node16', moduleResolution: 'node16' }, 'cts'],
    ['nodenext (ESM importer)', { module: 'nodenext', moduleResolution: 'nodenext' }, 'mts'],
    ['nodenext (CJS importer)', { module: 'nodenext', moduleResolution: 'nodenext' }, 'cts'],
    ['node10', { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }, 'ts'],
  ];
  const probeSource = readFileSync(join(dir, 'probe.ts'), 'utf8').split('\n');
  const wanted = probeSource.flatMap((line, index) => (/^export const wrong/.test(line) ? [index + 1] : []));
  const failures: string[] = [];
  // One program a mode, all at once (each is a separate tsc): the consumer must have no error, the
  // probe exactly its deliberate ones.
  const checks = modes.map(async ([mode, options, ext], index) => {
    const config = join(dir, `tsconfig.check-${index}.json`);
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: options, files: [`consumer.${ext}`, `probe.${ext}`] }));
    const tsc = await run(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', config, '--pretty', 'false'], { cwd: dir, quiet: true });
    return { mode, tsc };
  });
  const report: string[] = [];
  for (const { mode, tsc } of await Promise.all(checks)) {
    report.push(`## ${mode}\n${tsc.output}`);
    const errors = [...tsc.output.matchAll(/^(\w+)\.\w+\((\d+),\d+\): error/gm)].map((m) => ({ file: m[1], line: Number(m[2]) }));
    const probeLines = [...new Set(errors.filter((e) => e.file === 'probe').map((e) => e.line))];
    const allLocated = errors.length === (tsc.output.match(/error TS/g) ?? []).length;
    const consumerOk = allLocated && !errors.some((e) => e.file !== 'probe');
    const probeOk = JSON.stringify(probeLines.sort((a, b) => a - b)) === JSON.stringify(wanted);
    if (!consumerOk || !probeOk) {
      failures.push(`${mode}: wanted errors on lines ${wanted.join(', ')} of the probe and nowhere else:\n${tsc.output}`);
    }
    console.log(`  ${mode}: consumer ${consumerOk ? 'ok' : 'FAILED'}, probe errors on lines ${probeLines.join(', ') || 'none'}`);
  }
  writeFileSync(join(work, 'typescript-matrix.txt'), report.join('\n'));
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

/**
 * The floors host pins its own SDK client and qrcode.react at the lowest versions
 * the package allows: the package's caret ranges must share those copies, not add their own.
 */
function oneCopyEach(): void {
  const dir = join(work, 'vite-react18');
  const host = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  for (const name of ['@aws-sdk/client-cognito-identity-provider', 'qrcode.react', 'react']) {
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
    const versions = copies.map(([, entry]) => entry.version);
    if (versions.length !== 1 || versions[0] !== host.dependencies[name]) {
      throw new Error(`vite-react18 should have one ${name}, the host's ${host.dependencies[name]}; it has ${versions.join(', ')}`);
    }
    console.log(`  ${name}: one copy, ${versions[0]}`);
  }
}

async function packageLinters(): Promise<void> {
  const dir = join(work, 'typescript');
  const attw = await mustRun(bin('typescript', 'attw'), [tarball, '--exclude-entrypoints', 'styles.css', '--format', 'table-flipped'], {
    cwd: dir,
    quiet: true,
  });
  const publint = await mustRun(bin('typescript', 'publint'), ['run', tarball, '--strict'], { cwd: dir, quiet: true });
  writeFileSync(join(work, 'linters.txt'), `$ attw --pack (the tarball) --exclude-entrypoints styles.css\n${attw}\n$ publint --strict\n${publint}`);
  console.log(attw, publint);
}

function freePort(fixed: string | undefined): Promise<number> {
  if (fixed) return Promise.resolve(Number(fixed));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server and waits until its URL answers; the caller stops it. */
async function serve(fixture: string, args: string[], url: string): Promise<ChildProcess> {
  const [command = '', ...rest] = args;
  const child = spawn(bin(fixture, command), rest, { cwd: join(work, fixture), stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${fixture}: ${command} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop(child);
  throw new Error(`${fixture}: ${url} did not answer within a minute`);
}

function stop(child: ChildProcess): void {
  // The server's own process group: npx-free, but next start runs workers of its own.
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface Cost {
  js: number;
  css: number;
  qrcode: boolean;
}

async function bundleCost(): Promise<void> {
  const output = await mustRun(process.execPath, ['bundle-cost.mjs'], { cwd: join(work, 'vite-react19'), quiet: true });
  const costs = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, Cost>;
  const of = (name: string) => {
    const cost = costs[name];
    if (!cost) throw new Error(`no bundle figure for ${name}`);
    return cost;
  };
  const headless = [of('host + headless hook'), of('host with the SDK + headless hook')];
  if (headless.some((cost) => cost.qrcode || cost.css > 0)) {
    throw new Error(`the headless entry pulled in qrcode.react or the stylesheet: ${JSON.stringify(headless)}`);
  }
  const row = (label: string, name: string, baseline: string) => {
    const added = of(name).js - of(baseline).js;
    return `| ${label} | ${kB(added)} | ${of(name).css ? kB(of(name).css) : '—'} |`;
  };
  const table = [
    '| what the host adds (gzip, Vite 8 production build) | JS | CSS |',
    '| --- | ---: | ---: |',
    row('full wizard, host without the AWS SDK', 'host + full wizard', 'host (React only)'),
    row('headless hook, host without the AWS SDK', 'host + headless hook', 'host (React only)'),
    row('full wizard, host that already has the SDK client', 'host with the SDK + full wizard', 'host with the SDK'),
    row('headless hook, host that already has the SDK client', 'host with the SDK + headless hook', 'host with the SDK'),
  ].join('\n');
  const amplify = await amplifyBundleCost();
  writeFileSync(join(work, 'bundle-cost.md'), `${table}\n\n${amplify}\n\n${JSON.stringify(costs, null, 2)}\n`);
  console.log(`${table}\n\n${amplify}`);
}

/** What the wizard adds to a host that signs in with Amplify; it must bring no AWS SDK client of its own. */
async function amplifyBundleCost(): Promise<string> {
  const output = await mustRun(process.execPath, ['bundle-cost.mjs'], { cwd: join(work, 'vite-amplify'), quiet: true });
  const costs = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, { js: number; css: number; sdkClient: boolean }>;
  const host = costs['Amplify host'];
  const withWizard = costs['Amplify host + wizard'];
  if (!host || !withWizard) throw new Error(`no Amplify bundle figures: ${output}`);
  if (withWizard.sdkClient) throw new Error('the wizard with the Amplify adapters pulled in the AWS SDK Cognito client');
  return [
    '| Amplify host (aws-amplify 6, Vite 8 production build, gzip) | JS | CSS |',
    '| --- | ---: | ---: |',
    `| the host alone | ${kB(host.js)} | ${host.css ? kB(host.css) : '—'} |`,
    `| with EnrollmentWizard and the Amplify adapters | ${kB(withWizard.js)} | ${kB(withWizard.css)} |`,
    `| the wizard adds (no AWS SDK client) | ${kB(withWizard.js - host.js)} | ${kB(withWizard.css)} |`,
  ].join('\n');
}

/** One run at a time in a work folder: two would share its installs and its local Cognito's details. */
function claimWorkFolder(): void {
  mkdirSync(work, { recursive: true });
  const pidFile = join(work, 'run.pid');
  const holder = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
    throw new Error(`another host run (pid ${holder}) is using ${work}; set HOSTS_WORK_DIR for a second one`);
  }
  writeFileSync(pidFile, String(process.pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  claimWorkFolder();
  await step('pack', pack);
  // At once: installing is mostly waiting on the registry.
  await step('install every host', () => Promise.all(Object.keys(FIXTURES).map((fixture) => install(fixture))));
  await step('one copy of each dependency in the floors host', async () => oneCopyEach());
  await step('typescript matrix', typescriptMatrix);
  await step('attw and publint', packageLinters);
  await step('jest', () => mustRun(bin('jest', 'jest'), ['--ci'], { cwd: join(work, 'jest') }));
  await step('bundle cost', bundleCost);

  const cognito = await startLocalCognito({ dataDir: join(work, 'cognito-db'), port: await freePort(process.env.HOSTS_COGNITO_PORT) });
  const servers: ChildProcess[] = [];
  try {
    const details = await seedLocalCognito(cognito.endpoint);
    const detailsFile = join(work, 'local-cognito.json');
    writeFileSync(detailsFile, JSON.stringify(details));
    const config = {
      COGNITO_REGION: details.region,
      COGNITO_ENDPOINT: details.endpoint,
      REQUIRED_CLIENT_ID: details.pools.required.clientId,
      OPTIONAL_CLIENT_ID: details.pools.optional.clientId,
      REQUIRED_POOL_ID: details.pools.required.userPoolId,
      OPTIONAL_POOL_ID: details.pools.optional.userPoolId,
    };
    const withPrefix = (prefix: string) => Object.fromEntries(Object.entries(config).map(([key, value]) => [`${prefix}${key}`, value]));
    const urls: Record<string, string> = {};
    for (const [fixture, portVariable] of [
      ['vite-react19', 'HOSTS_VITE19_PORT'],
      ['vite-react18', 'HOSTS_VITE18_PORT'],
      ['vite-amplify', 'HOSTS_AMPLIFY_PORT'],
    ] as const) {
      await step(`build ${fixture}`, () => mustRun(bin(fixture, 'vite'), ['build'], { cwd: join(work, fixture), env: withPrefix('VITE_'), quiet: true }));
      const port = await freePort(process.env[portVariable]);
      urls[fixture] = `http://127.0.0.1:${port}`;
      // The local Cognito answers browsers only from the pages it knows.
      cognito.allowOrigin(urls[fixture]);
      servers.push(await serve(fixture, ['vite', 'preview', '--port', String(port)], urls[fixture]));
    }
    await step('build next-app', () =>
      mustRun(bin('next-app', 'next'), ['build'], { cwd: join(work, 'next-app'), env: { ...withPrefix('NEXT_PUBLIC_'), NEXT_TELEMETRY_DISABLED: '1' } }),
    );
    const nextPort = await freePort(process.env.HOSTS_NEXT_PORT);
    urls['next-app'] = `http://127.0.0.1:${nextPort}`;
    cognito.allowOrigin(urls['next-app']);
    servers.push(await serve('next-app', ['next', 'start', '-H', '127.0.0.1', '-p', String(nextPort)], urls['next-app']));

    await step('Playwright in the hosts', () =>
      mustRun('npx', ['playwright', 'test', '-c', join(hosts, 'playwright.config.ts')], {
        cwd: root,
        env: {
          HOSTS_COGNITO_DETAILS: detailsFile,
          HOSTS_VITE19_URL: urls['vite-react19'] ?? '',
          HOSTS_VITE18_URL: urls['vite-react18'] ?? '',
          HOSTS_NEXT_URL: urls['next-app'] ?? '',
          HOSTS_AMPLIFY_URL: urls['vite-amplify'] ?? '',
        },
      }),
    );
  } finally {
    for (const server of servers) stop(server);
    await cognito.close();
  }
  const total = (Date.now() - started) / 1000;
  console.log(`\nHost fixtures, ${total.toFixed(0)} s in all:`);
  for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
  // Each step above fails the run when anything in it fails.
  console.log(`hosts: ${timings.length} passed, 0 failed`);
}

await main();
