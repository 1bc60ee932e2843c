// What the wizard adds to a host that signs in with Amplify, run inside the Amplify host (its Vite,
// its installed packages). Prints JSON: for each case, the gzip bytes of its JS and CSS, and whether
// the AWS SDK's Cognito client went into it (it must not: Amplify has its own).
import { measureBundles } from './measure-bundles.mjs';

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

console.log(JSON.stringify(await measureBundles(cases, { sdkClient: '@aws-sdk/client-cognito-identity-provider' })));
