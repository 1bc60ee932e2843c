// Vitest global setup for the integration project: a fresh local Cognito on a
// free loopback port (or INTEGRATION_COGNITO_PORT), seeded, for every run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedLocalCognito, type LocalCognitoDetails } from '../local-cognito/seed.ts';
import { startLocalCognito } from '../local-cognito/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    localCognito: LocalCognitoDetails;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'local-cognito-'));
  const cognito = await startLocalCognito({ dataDir, port: Number(process.env.INTEGRATION_COGNITO_PORT ?? 0) });
  project.provide('localCognito', await seedLocalCognito(cognito.endpoint, { testClients: true }));
  return async () => {
    await cognito.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
