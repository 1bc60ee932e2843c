import type { LocalCognitoDetails } from './local-cognito/seed.ts';

/** The page's runtime configuration (public/config.json in a deployment) for the local Cognito's pools. */
const LABELS: Record<string, string> = {
  required: 'MFA required',
  optional: 'MFA optional',
  shortSession: 'MFA required, short sessions (tests)',
  shortToken: 'MFA optional, short access tokens (tests)',
};

/** The MFA setting each seeded pool was made with (see local-cognito/seed.ts). */
const MFA: Record<string, 'required' | 'optional'> = {
  required: 'required',
  optional: 'optional',
  shortSession: 'required',
  shortToken: 'optional',
};

export function pageConfigFor(details: LocalCognitoDetails) {
  return {
    region: details.region,
    endpoint: details.endpoint,
    issuer: 'Cognito MFA demo',
    // The demo's own page on a lost phone (public/lost-phone.html).
    helpUrl: '/lost-phone.html',
    pools: Object.entries(details.pools).map(([id, { userPoolId, clientId, users }]) => ({
      id,
      label: LABELS[id] ?? id,
      userPoolId,
      clientId,
      ...(MFA[id] ? { mfa: MFA[id] } : {}),
      demoUsers: users,
    })),
  };
}
