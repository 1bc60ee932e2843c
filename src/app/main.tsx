import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import 'cognito-mfa-wizard/styles.css';
import './page.css';
import { App, PageRoot } from './app';
import { onBackForwardCache } from './back-forward-cache';
import { ConfigError, loadConfig } from './config';
import { loadLanguage, pickLanguage } from './languages';
import type { Notice } from './page-reducer';
import { isPrerendered, poolChosenIn } from './prerendered';
import { ConfigProblem } from './screens/config-problem';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
let root: Root | undefined;
// Synchronous, so that what the page drops or shows is in the DOM before the browser freezes or paints it.
const render = (node: React.ReactNode) => {
  const target = (root ??= createRoot(container));
  flushSync(() => target.render(<PageRoot>{node}</PageRoot>));
};

const configured = loadConfig();
// Fetched beside the configuration when it is not English (English is in the page); never fails.
const spoken = loadLanguage(pickLanguage(navigator.languages, new URLSearchParams(location.search).get('lang')));
/** The page from its start: the sign-in form (with `notice`), or what is wrong with the configuration. */
const start = (notice?: Notice) =>
  Promise.all([configured, spoken]).then(
    ([config]) => {
      // The HTML's own form (dev/prerender.ts), perhaps typed into while the script arrived: hydrated,
      // not drawn again, so the elements the user is in stay (the text, focus, the caret, the keyboard).
      if (!root && isPrerendered(container)) {
        root = hydrateRoot(
          container,
          <PageRoot prerendered>
            <App config={config} poolId={poolChosenIn(container)} />
          </PageRoot>,
        );
        return;
      }
      render(<App config={config} notice={notice} />);
    },
    async (error: unknown) => {
      const texts = await spoken;
      document.documentElement.lang = texts.wizard.lang;
      render(
        <ConfigProblem
          t={texts.page}
          message={error instanceof ConfigError ? error.message : 'The configuration could not be read.'}
        />,
      );
    },
  );
void start();

// Keys, sessions and tokens live only in the page's memory, and the back/forward cache keeps that
// memory. Going into it, the page drops them all; coming out, it starts over at sign-in and says why.
onBackForwardCache({
  leaving: () => render(null),
  restored: () => void start({ kind: 'restored-from-history' }),
});
