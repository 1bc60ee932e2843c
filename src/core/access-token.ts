/**
 * The `username` claim of a Cognito access token, for display as the account name only.
 * The token is not verified here and nothing is decided by it; a token that does not decode gives undefined.
 */
export function usernameFromAccessToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims === 'object' && claims !== null && 'username' in claims && typeof claims.username === 'string') {
      return claims.username;
    }
  } catch {
    // Not base64url JSON: no name to show.
  }
  return undefined;
}
