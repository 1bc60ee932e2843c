// What the wizard adds to a host's production bundle, run inside the Vite + React 19 host (its
// Vite, its installed package). Prints JSON: for each case, the gzip bytes of its JS and CSS, and
// whether qrcode.react, react-hook-form or a stylesheet went into it.
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const base = `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n`;
const sdk = `import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
globalThis.signIn = (ClientId) => new CognitoIdentityProviderClient({ region: 'eu-west-1' }).send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH' }));\n`;
const full = `import { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
import 'cognito-mfa-wizard/styles.css';
const View = MfaEnrollmentWizard;\n`;
const headless = `import { useMfaEnrollment } from 'cognito-mfa-wizard/headless';
function View(props) { return useMfaEnrollment(props).step; }\n`;
const render = (view) =>
  `createRoot(document.body).render(${view ? "createElement(View, { accessToken: location.hash, region: 'eu-west-1', issuer: 'Host' })" : "createElement('p', null, 'host')"});\n`;

const cases = {
  'host (React only)': base + render(false),
  'host + full wizard': base + full + render(true),
  'host + headless hook': base + headless + render(true),
  'host with the SDK': base + sdk + render(false),
  'host with the SDK + full wizard': base + sdk + full + render(true),
  'host with the SDK + headless hook': base + sdk + headless + render(true),
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
    qrcode: modules.some((id) => id.includes('/node_modules/qrcode.react/')),
    reactHookForm: modules.some((id) => id.includes('/node_modules/react-hook-form/')),
  };
}
console.log(JSON.stringify(results));
