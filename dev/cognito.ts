// `npm run cognito`: the local Cognito in the foreground, fresh and seeded on every start.
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { seedLocalCognito, type LocalCognitoDetails } from './local-cognito/seed.ts';
import { startLocalCognito } from './local-cognito/server.ts';

// Both can be moved (the e2e tests do) so that a test run leaves a running demo alone.
export const DETAILS_FILE =
  process.env.LOCAL_COGNITO_DETAILS ?? fileURLToPath(new URL('./local-cognito.json', import.meta.url));
const DATA_DIR = process.env.LOCAL_COGNITO_DATA ?? fileURLToPath(new URL('./.data', import.meta.url));

/**
 * The page origins a browser may call the local Cognito from: LOCAL_COGNITO_ALLOWED_ORIGINS
 * (comma-separated), else the demo's, the dev server's and `vite preview`'s on this machine.
 */
export function allowedOrigins(pagePorts: number[] = [Number(process.env.PORT ?? 5173), 4173]): string[] {
  const listed = process.env.LOCAL_COGNITO_ALLOWED_ORIGINS;
  if (listed !== undefined && listed.trim() !== '') return listed.split(',').map((origin) => origin.trim());
  return pagePorts.flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export async function runLocalCognito(port: number) {
  await rm(DATA_DIR, { recursive: true, force: true });
  await rm(DETAILS_FILE, { force: true });
  const cognito = await startLocalCognito({
    dataDir: DATA_DIR,
    port,
    logLevel: process.env.COGNITO_LOG_LEVEL,
    allowedOrigins: allowedOrigins(),
  });
  const shortSessionSeconds = Number(process.env.LOCAL_COGNITO_SHORT_SESSION_SECONDS ?? 0) || undefined;
  const shortTokenSeconds = Number(process.env.LOCAL_COGNITO_SHORT_TOKEN_SECONDS ?? 0) || undefined;
  const testClients = process.env.LOCAL_COGNITO_TEST_CLIENTS === '1';
  const details = await seedLocalCognito(cognito.endpoint, { shortSessionSeconds, shortTokenSeconds, testClients });
  await writeFile(DETAILS_FILE, `${JSON.stringify(details, null, 2)}\n`);
  return { cognito, details };
}

export const cognitoPort = () => Number(process.env.COGNITO_PORT ?? 9229);

/** What a person needs to use the local Cognito: where it is and whom to sign in as. */
export function describe(details: LocalCognitoDetails): string {
  const pools = Object.entries(details.pools).map(([name, pool]) => {
    const users = pool.users.map((u) => `${u.username} / ${u.password}`).join(', ');
    return `  MFA ${name}: ${users}   (pool ${pool.userPoolId}, app client ${pool.clientId})`;
  });
  return [
    `Local Cognito on ${details.endpoint} (browser pages from ${allowedOrigins().join(', ')})`,
    ...pools,
    `Details in ${DETAILS_FILE}`,
  ].join('\n');
}

/** Runs `stop` once on Ctrl-C or a termination signal, then exits. */
export function onShutdown(stop: () => Promise<void>) {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop()
      .then(() => rm(DETAILS_FILE, { force: true }))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

async function main() {
  const { cognito, details } = await runLocalCognito(cognitoPort());
  console.log(describe(details));
  onShutdown(() => cognito.close());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
