import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'cognito-mfa-wizard/styles.css';
import './page.css';
import { App } from './app';
import { ConfigError, loadConfig } from './config';
import { ConfigProblem } from './screens/config-problem';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
const render = (node: React.ReactNode) =>
  root.render(
    <StrictMode>
      <main className="card">{node}</main>
    </StrictMode>,
  );

loadConfig().then(
  (config) => render(<App config={config} />),
  (error: unknown) =>
    render(<ConfigProblem message={error instanceof ConfigError ? error.message : 'The configuration could not be read.'} />),
);
