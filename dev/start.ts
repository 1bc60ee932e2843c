// `npm start`: the local Cognito and the enrollment page's dev server together; Ctrl-C stops both.
import { createServer } from 'vite';
import { cognitoPort, describe, onShutdown, runLocalCognito } from './cognito.ts';

async function main() {
  const { cognito, details } = await runLocalCognito(cognitoPort());
  const vite = await createServer({ server: { port: Number(process.env.PORT ?? 5173) } });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;
  console.log(`\nEnrollment page: ${url}\n${describe(details)}\n\nCtrl-C stops both.`);
  onShutdown(async () => {
    await vite.close();
    await cognito.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
