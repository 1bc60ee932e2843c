import { Amplify } from 'aws-amplify';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'cognito-mfa-wizard/styles.css';
import { AmplifyHost } from './amplify-host.jsx';

// Where Cognito is, given at build time as a Vite app is; Amplify talks to the local Cognito.
const pools = {
  required: import.meta.env.VITE_REQUIRED_CLIENT_ID,
  optional: import.meta.env.VITE_OPTIONAL_CLIENT_ID,
};
const userPools = {
  required: import.meta.env.VITE_REQUIRED_POOL_ID,
  optional: import.meta.env.VITE_OPTIONAL_POOL_ID,
};

function configure(pool) {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: userPools[pool],
        userPoolClientId: pools[pool],
        userPoolEndpoint: import.meta.env.VITE_COGNITO_ENDPOINT,
      },
    },
  });
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <AmplifyHost configure={configure} />
  </StrictMode>,
);
