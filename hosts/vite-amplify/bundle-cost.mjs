// What the wizard adds to a host that signs in with Amplify, run inside the Amplify host (its Vite,
// its installed packages). Prints JSON: for each case, the gzip bytes of its JS and CSS, and whether
// the AWS SDK's Cognito client went into it (it must not: Amplify has its own).
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const base = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { signIn, confirmSignIn } from 'aws-amplify/auth';
globalThis.host = { signIn, confirmSignIn };\n`;
const wizard = `import { EnrollmentWizard } from 'cognito-mfa-wizard';
import { amplifySignedInAdapter, amplifyTotpSetupAdapter } from 'cognito-mfa-wizard/amplify';
import 'cognito-mfa-wizard/styles.css';
globalThis.adapters = { amplifySignedInAdapter, amplifyTotpSetupAdapter };\n`;
const render = (view) =>
  `createRoot(document.body).render(${view ? "createElement(EnrollmentWizard, { adapter: amplifySignedInAdapter(), issuer: 'Host' })" : "createElement('p', null, 'host')"});\n`;

const cases = {
  'Amplify host': base + render(false),
  'Amplify host + wizard': base + wizard + render(true),
};

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
  results[name] = {
    js: gzip('.js'),
    css: gzip('.css'),
    sdkClient: modules.some((id) => id.includes('/node_modules/@aws-sdk/client-cognito-identity-provider/')),
  };
}
console.log(JSON.stringify(results));
