// A host app with React and nothing of AWS. The bench builds it with and without the wizard: the
// difference is what the wizard, with the AWS SDK client it brings, adds to such a host.
import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Mounts the host; `extra` renders in its settings, given the access token the host's back end handed it. */
export function mountReactHost(extra?: (accessToken: string) => ReactNode) {
  function Settings() {
    const [accessToken, setAccessToken] = useState('');
    return (
      <>
        <h1>Account settings</h1>
        <button type="button" onClick={() => void fetch('/api/token').then((res) => res.text()).then(setAccessToken)}>
          Set up two-factor sign-in
        </button>
        {accessToken ? extra?.(accessToken) : null}
      </>
    );
  }
  createRoot(document.getElementById('root') ?? document.body).render(
    <StrictMode>
      <Settings />
    </StrictMode>,
  );
}
