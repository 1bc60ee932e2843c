// What the wizard adds to a host's production bundle, run inside the Vite + React 19 host (its
// Vite, its installed package). Prints JSON: for each case, the gzip bytes of its JS and CSS, and
// whether qrcode.react or a stylesheet went into it.
import { measureBundles } from './measure-bundles.mjs';

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

console.log(JSON.stringify(await measureBundles(cases, { qrcode: 'qrcode.react' })));
