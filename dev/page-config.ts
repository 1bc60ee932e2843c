import type { LocalCognitoDetails, PoolDetails } from './local-cognito/seed.ts';

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

/**
 * Pages for the seeded test app clients (LOCAL_COGNITO_TEST_CLIENTS=1, as the e2e run
 * seeds them): SRP against clients that allow nothing else, and password sign-in
 * configured against one of them, which Cognito refuses.
 */
function testPoolsFor({ pools: { required, optional } }: LocalCognitoDetails) {
  if (!required.appClients || !optional.appClients) return [];
  const pool = (id: string, label: string, from: PoolDetails, clientId: string, authFlow?: 'USER_PASSWORD_AUTH') => ({
    id,
    label,
    userPoolId: from.userPoolId,
    clientId,
    ...(authFlow ? { authFlow } : {}),
  });
  return [
    pool('requiredSrpOnly', 'MFA required, SRP-only app client (tests)', required, required.appClients.srpOnly),
    pool('optionalSrpOnly', 'MFA optional, SRP-only app client (tests)', optional, optional.appClients.srpOnly),
    pool(
      'passwordOnSrpOnly',
      'MFA required, a flow its app client does not allow (tests)',
      required,
      required.appClients.srpOnly,
      'USER_PASSWORD_AUTH',
    ),
  ];
}

export function pageConfigFor(details: LocalCognitoDetails) {
  return {
    region: details.region,
    endpoint: details.endpoint,
    issuer: 'Cognito MFA demo',
    // The demo's own page on a lost phone (public/lost-phone.html).
    helpUrl: '/lost-phone.html',
    pools: [
      ...Object.entries(details.pools).map(([id, { userPoolId, clientId, users }]) => ({
        id,
        label: LABELS[id] ?? id,
        userPoolId,
        clientId,
        ...(MFA[id] ? { mfa: MFA[id] } : {}),
        demoUsers: users,
      })),
      ...testPoolsFor(details),
    ],
  };
}
