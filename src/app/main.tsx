import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'cognito-mfa-wizard/styles.css';
import './page.css';
import { App } from './app';
import { ConfigError, loadConfig } from './config';
import { languages, pickLanguage } from './languages';
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
  (error: unknown) => {
    const language = pickLanguage(navigator.languages, new URLSearchParams(location.search).get('lang'));
    document.documentElement.lang = language;
    render(
      <ConfigProblem
        t={languages[language].page}
        message={error instanceof ConfigError ? error.message : 'The configuration could not be read.'}
      />,
    );
  },
);
