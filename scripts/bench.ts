// `npm run bench`: size and speed figures for the library and the page. Figures, not a pass/fail test.
//
// Size: the production build's assets and the library alone (React and the AWS SDK left out, as a
// host already has them), raw, gzip and brotli. Speed: real Chromium against the local Cognito on
// loopback, RUNS times: page load to the sign-in form, sign-in to a scannable QR code, and the code
// to signed in. Medians and 95th percentiles in milliseconds.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { seedLocalCognito } from '../dev/local-cognito/seed.ts';
import { startLocalCognito } from '../dev/local-cognito/server.ts';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';
import { newUserIn } from '../e2e/support/cognito.ts';
import { codeFor } from '../dev/test/totp.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Size {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function sizesOf(dir: string, filter: (file: string) => boolean): Promise<Size[]> {
  const files = (await readdir(dir, { recursive: true })).filter(filter).sort();
  const sizes: Size[] = [];
  for (const file of files) {
    const path = join(dir, file);
    if (!(await stat(path)).isFile()) continue;
    const content = await readFile(path);
    sizes.push({
      name: file,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes;
}

function sizeTable(title: string, sizes: Size[]) {
  const total = sizes.reduce((t, s) => ({ name: 'total', raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    name: 'total',
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  const rows = [...sizes, total].map((s) => `| ${s.name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  return [`### ${title}`, '', '| file | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |', ...rows, ''].join('\n');
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'mfa-bench-'));
  const report: string[] = [`## Benchmark (${cpus().length} cores, Node ${process.version}, ${RUNS} runs)`, ''];
  const cognito = await startLocalCognito({ dataDir: join(work, 'db'), port: 0 });
  try {
    const details = await seedLocalCognito(cognito.endpoint);
    const detailsFile = join(work, 'local-cognito.json');
    await writeFile(detailsFile, JSON.stringify(details));
    process.env.LOCAL_COGNITO_DETAILS = detailsFile;
    process.env.VITE_COGNITO_ENDPOINT = cognito.endpoint;

    // The page as deployed.
    const pageDir = join(work, 'page');
    await build({ logLevel: 'silent', build: { outDir: pageDir } });
    report.push(sizeTable('The enrollment page (production build)', await sizesOf(pageDir, (f) => /\.(js|css|html)$/.test(f))));

    // The library as a host bundles it (Vite's library mode renames but keeps whitespace; compare
    // gzip and brotli): its own code plus qrcode.react and react-hook-form,
    // then with the AWS SDK client it uses; React is the host's either way.
    const library = async (outDir: string, external: RegExp[]) => {
      await build({
        logLevel: 'silent',
        configFile: false,
        build: {
          outDir,
          minify: true,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
          rollupOptions: { external },
        },
      });
      return sizesOf(outDir, (f) => f.endsWith('.js'));
    };
    const react = /^react(-dom)?(\/.*)?$/;
    const ownAlone = await library(join(work, 'lib-own'), [
      react,
      /^@aws-sdk\//,
      /^qrcode\.react$/,
      /^react-hook-form$/,
      /^cognito-srp-helper$/,
    ]);
    const own = await library(join(work, 'lib'), [react, /^@aws-sdk\//]);
    const withSdk = await library(join(work, 'lib-sdk'), [react]);
    const css = await sizesOf('src/react', (f) => f === 'mfa-wizard.css');
    report.push(
      sizeTable('The library as a host bundles it (React external)', [
        ...ownAlone.map((s) => ({ ...s, name: `its own code, every dependency external (${s.name})` })),
        ...own.map((s) => ({ ...s, name: `with qrcode.react and react-hook-form, AWS SDK external (${s.name})` })),
        ...withSdk.map((s) => ({ ...s, name: `library with the AWS SDK client (${s.name})` })),
        ...css.map((s) => ({ ...s, name: `stylesheet (${s.name})` })),
      ]).replace(/\n\| total .*\|\n/, '\n'),
    );

    // Speed, in the production build.
    const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' }, build: { outDir: pageDir } });
    const url = server.resolvedUrls?.local[0] ?? '';
    // The local Cognito answers browser pages of the origins it is told about only.
    cognito.allowOrigin(new URL(url).origin);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const timings = { load: [] as number[], signInToQr: [] as number[], codeToSignedIn: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const user = await newUserIn(details, 'required');
      const context = await browser.newContext();
      const page = await context.newPage();
      let t = performance.now();
      await page.goto(url);
      await page.getByLabel('Username').waitFor();
      timings.load.push(performance.now() - t);
      await page.getByLabel('Username').fill(user.username);
      await page.getByLabel('Password').fill(user.password);
      t = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('mfa-qr').locator('svg').waitFor();
      timings.signInToQr.push(performance.now() - t);
      await page.getByRole('button', { name: /can't scan it/i }).click();
      const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');
      await page.getByLabel('6-digit code').fill(codeFor(secret));
      t = performance.now();
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByRole('heading', { name: "You're signed in" }).waitFor();
      timings.codeToSignedIn.push(performance.now() - t);
      await context.close();
    }
    await browser.close();
    await server.close();
    const row = (name: string, values: number[]) =>
      `| ${name} | ${percentile(values, 50).toFixed(0)} | ${percentile(values, 95).toFixed(0)} |`;
    report.push(
      '### Speed in Chromium, production build, local Cognito on loopback (ms)',
      '',
      '| step | median | p95 |',
      '| --- | ---: | ---: |',
      row('page load to the sign-in form', timings.load),
      row('sign in to a scannable QR code (InitiateAuth + Associate)', timings.signInToQr),
      row('code to signed in (Verify + RespondToAuthChallenge)', timings.codeToSignedIn),
      '',
    );
    console.log(report.join('\n'));
  } finally {
    await cognito.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
