/**
 * The local Cognito's test-only control (not part of Cognito's API): an app
 * client's session lifetime in seconds, below Cognito's 3-minute floor.
 */
export async function setSessionValiditySeconds(endpoint: string, clientId: string, seconds: number): Promise<void> {
  const res = await fetch(`${endpoint}/_local/app-clients/${encodeURIComponent(clientId)}/auth-session-validity`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds }),
  });
  if (res.status !== 204) throw new Error(`setting the session lifetime failed: HTTP ${res.status}`);
}
