import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'cognito-mfa-wizard/styles.css';
import './host.css';
import { HostApp } from './host-app.jsx';

// Where Cognito is, given at build time as a Vite app is.
const config = {
  region: import.meta.env.VITE_COGNITO_REGION,
  endpoint: import.meta.env.VITE_COGNITO_ENDPOINT,
  clientIds: {
    required: import.meta.env.VITE_REQUIRED_CLIENT_ID,
    optional: import.meta.env.VITE_OPTIONAL_CLIENT_ID,
  },
  poolIds: {
    required: import.meta.env.VITE_REQUIRED_POOL_ID,
    optional: import.meta.env.VITE_OPTIONAL_POOL_ID,
  },
};

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <HostApp config={config} />
  </StrictMode>,
);
