// `npm run bench`: our enrollment page beside AWS Amplify UI's <Authenticator>, in real Chromium
// against the local Cognito, under two conditions, plus what the wizard adds to a host app, and the
// size rule checked against bench/recorded-figures.json. Figures, printed as Markdown; not a test.
// `npm run bench -- --record` also writes the size figures as the new recorded ones.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { seedLocalCognito } from '../dev/local-cognito/seed.ts';
import { startLocalCognito } from '../dev/local-cognito/server.ts';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';
import { newUserIn } from '../e2e/support/cognito.ts';
import { amplify, KEY_DELAY_MS, ours, type BenchApp } from './apps.ts';
import { conditions, phone } from './conditions.ts';
import { runEnrollment, type RunResult } from './enrollment-run.ts';
import { gzipBytesOfJsAndCss } from './gzip-size.ts';
import { measureHostSizes } from './host-sizes.ts';
import {
  conditionTable,
  floorNotes,
  hostTable,
  sizeCheckTable,
  targets,
  targetTable,
  type ConditionRuns,
} from './report.ts';
import { checkSizes, unexplained, type SizeFigures } from './size-budget.ts';
import { median } from './stats.ts';
import { serveBuild } from './static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WARM_UP_RUNS = 1;
const RECORD = process.argv.includes('--record');
const RECORDED = fileURLToPath(new URL('./recorded-figures.json', import.meta.url));
const CHANGELOG = fileURLToPath(new URL('../CHANGELOG.md', import.meta.url));

const progress = (text: string) => process.stderr.write(`${text}\n`);

/** The installed version of a package, as the report names what it compared with. */
async function versionOf(name: string): Promise<string> {
  const file = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number of runs, not ${process.env.BENCH_RUNS}`);
  if (RUNS < 10) progress(`BENCH_RUNS=${RUNS}: fewer than 10 runs give a rough idea, not figures to compare.`);
  const started = Date.now();
  // Other work on the machine slows the runs down; the report says how busy it was.
  const [load] = loadavg();
  const work = await mkdtemp(join(tmpdir(), 'mfa-bench-'));
  const cognito = await startLocalCognito({ dataDir: join(work, 'db'), port: 0 });
  const closers: (() => Promise<void>)[] = [() => cognito.close()];
  try {
    const details = await seedLocalCognito(cognito.endpoint);
    const pool = details.pools.required;
    // Both apps get the same Cognito through the same build-time variables (no config.json round trip).
    Object.assign(process.env, {
      VITE_COGNITO_REGION: details.region,
      VITE_COGNITO_ENDPOINT: cognito.endpoint,
      VITE_COGNITO_USER_POOL_ID: pool.userPoolId,
      VITE_COGNITO_CLIENT_ID: pool.clientId,
      VITE_MFA_ISSUER: 'Cognito MFA bench',
    });

    // Every build first, so that none of them competes with the timed runs for the CPU.
    progress('Building both apps and the host apps…');
    const urls = new Map<BenchApp, string>();
    let pageBytes = 0;
    for (const app of [ours, amplify]) {
      const outDir = join(work, `build-${app.name}`);
      await build({ configFile: app.viteConfig, logLevel: 'error', build: { outDir, emptyOutDir: true } });
      if (app === ours) pageBytes = await gzipBytesOfJsAndCss(outDir);
      const server = await serveBuild(outDir);
      closers.push(() => server.close());
      // The local Cognito answers browser pages of the origins it is told about only.
      cognito.allowOrigin(new URL(server.url).origin);
      urls.set(app, server.url);
    }
    const hosts = await measureHostSizes(join(work, 'hosts'));

    const browser = await chromium.launch(chromiumLaunchOptions());
    closers.push(() => browser.close());
    const enroll = async (app: BenchApp, condition: (typeof conditions)[number]): Promise<RunResult> =>
      runEnrollment(browser, app, condition, urls.get(app) ?? '', cognito.endpoint, await newUserIn(details, 'required'));
    const measured: ConditionRuns[] = [];
    for (const condition of conditions) {
      const runs: ConditionRuns = { condition, ours: [], amplify: [] };
      for (let i = 0; i < WARM_UP_RUNS; i++) for (const app of [ours, amplify]) await enroll(app, condition);
      // Interleaved, so that whatever else the machine does falls on both alike.
      for (let i = 1; i <= RUNS; i++) {
        progress(`${condition.id}: run ${i} of ${RUNS}`);
        runs.ours.push(await enroll(ours, condition));
        runs.amplify.push(await enroll(amplify, condition));
      }
      measured.push(runs);
    }

    // An enrollment's bytes do not depend on the condition: all of our runs count. What has arrived
    // when the form is usable does: on loopback the page's script is there before the HTML's form is
    // found usable, on the phone it is not. Those two are the phone's, as the issue's target is.
    const ourRuns = measured.flatMap((runs) => runs.ours);
    const phoneRuns = measured.find((runs) => runs.condition.id === 'phone')?.ours ?? ourRuns;
    const sizes: SizeFigures = {
      'page-js-css-gzip': pageBytes,
      'bytes-before-form': Math.round(median(phoneRuns.map((run) => run.bytesBeforeForm))),
      'bytes-before-sign-in': Math.round(median(phoneRuns.map((run) => run.bytesBeforeSignIn))),
      'bytes-per-enrollment': Math.round(median(ourRuns.map((run) => run.bytesTotal))),
      'wizard-in-sdk-host': hosts.sdkHost.with - hosts.sdkHost.without,
      'wizard-in-react-host': hosts.reactHost.with - hosts.reactHost.without,
    };
    const recorded = existsSync(RECORDED)
      ? (JSON.parse(await readFile(RECORDED, 'utf8')) as { figures: Record<string, number> }).figures
      : {};
    const changelog = existsSync(CHANGELOG) ? await readFile(CHANGELOG, 'utf8') : undefined;
    const checks = checkSizes(sizes, recorded, changelog);

    const cpu = cpus();
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const report = [
      '## Our enrollment page and Amplify UI’s <Authenticator>',
      '',
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}; ` +
        `load average ${load?.toFixed(1) ?? '?'} at the start; Chromium ${browser.version()}; Node ${process.version}; ` +
        `aws-amplify ${await versionOf('aws-amplify')}, @aws-amplify/ui-react ${await versionOf('@aws-amplify/ui-react')}, React ${await versionOf('react')}. ${RUNS} runs of each app per condition, interleaved, after ${WARM_UP_RUNS} warm-up; ` +
        `every run a fresh user and browser context; the username and password are typed key by key, ${KEY_DELAY_MS} ms a key, in both apps. Medians, with p95 (nearest rank) in brackets; kB = 1,000 bytes. Took ${minutes} min.`,
      '',
      ...measured.flatMap((runs) => [
        `### ${runs.condition.title}`,
        '',
        conditionTable(runs, { ours, amplify }),
        '',
        ...floorNotes(runs),
        '',
      ]),
      '### Targets',
      '',
      targetTable(targets(measured.find((runs) => runs.condition === phone) ?? { condition: phone, ours: [], amplify: [] }, hosts)),
      '',
      '### What the wizard adds to a host app (JS and CSS, gzip)',
      '',
      hostTable(hosts),
      '',
      `### Sizes against ${'bench/recorded-figures.json'} (more than +2% needs a line in CHANGELOG.md's newest section naming the key)`,
      '',
      sizeCheckTable(checks),
      '',
    ];
    console.log(report.join('\n'));

    const regressions = unexplained(checks);
    if (regressions.length > 0) {
      process.exitCode = 1;
      progress(`Size regression without a CHANGELOG.md line: ${regressions.map((c) => c.key).join(', ')}`);
    } else if (RECORD) {
      await writeFile(RECORDED, `${JSON.stringify({ recorded: new Date().toISOString().slice(0, 10), figures: sizes }, null, 2)}\n`);
      progress(`Recorded the size figures in ${RECORDED}.`);
    }
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
