import type { LocalCognitoDetails } from './local-cognito/seed.ts';

/** The page's runtime configuration (public/config.json in a deployment) for the local Cognito's pools. */
const LABELS: Record<string, string> = {
  required: 'MFA required',
  optional: 'MFA optional',
  shortSession: 'MFA required, short sessions (tests)',
  shortToken: 'MFA optional, short access tokens (tests)',
};

export function pageConfigFor(details: LocalCognitoDetails) {
  return {
    region: details.region,
    endpoint: details.endpoint,
    issuer: 'Cognito MFA demo',
    pools: Object.entries(details.pools).map(([id, { userPoolId, clientId, users }]) => ({
      id,
      label: LABELS[id] ?? id,
      userPoolId,
      clientId,
      demoUsers: users,
    })),
  };
}
