import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import { describe, expect, it } from 'vitest';
import { freshPool } from '../../test/fixtures.ts';
import { nextUnusedCodeFor, unusedCodeFor, wrongCodeFor } from '../../test/totp.ts';
import { createTestAppClients, type DemoUser } from '../seed.ts';

type Outcome =
  | { kind: 'signed-in'; session: CognitoUserSession }
  | { kind: 'failure'; error: Error }
  | { kind: 'mfa-setup' | 'totp-required'; challengeName: string };

/** authenticateUser with the library's default flow (USER_SRP_AUTH), its callbacks as a promise. */
const authenticate = (user: CognitoUser, who: DemoUser) =>
  new Promise<Outcome>((resolve) =>
    user.authenticateUser(new AuthenticationDetails({ Username: who.username, Password: who.password }), {
      onSuccess: (session) => resolve({ kind: 'signed-in', session }),
      onFailure: (error: Error) => resolve({ kind: 'failure', error }),
      mfaSetup: (challengeName) => resolve({ kind: 'mfa-setup', challengeName }),
      totpRequired: (challengeName) => resolve({ kind: 'totp-required', challengeName }),
    }),
  );

const associate = (user: CognitoUser) =>
  new Promise<string>((resolve, reject) =>
    user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }),
  );

const verify = (user: CognitoUser, code: string) =>
  new Promise<CognitoUserSession>((resolve, reject) =>
    user.verifySoftwareToken(code, 'Phone', { onSuccess: resolve, onFailure: reject }),
  );

const sendTotp = (user: CognitoUser, code: string) =>
  new Promise<CognitoUserSession>((resolve, reject) =>
    user.sendMFACode(code, { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA'),
  );

describe('amazon-cognito-identity-js 6.3.21, unchanged, against the local Cognito', () => {
  it('signs in with its default SRP flow to an SRP-only client, enrolls after a wrong code, then signs in with TOTP', async () => {
    const pool = await freshPool('ON');
    // An app client that allows SRP and nothing else: a password sent in the clear would be refused.
    const { srpOnly } = await createTestAppClients(pool.client, pool.userPoolId);
    const userPool = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: srpOnly, endpoint: pool.endpoint });
    const who = await pool.user();

    const enrolling = new CognitoUser({ Username: who.username, Pool: userPool });
    expect(enrolling.getAuthenticationFlowType()).toBe('USER_SRP_AUTH');
    await expect(authenticate(enrolling, who)).resolves.toEqual({ kind: 'mfa-setup', challengeName: 'MFA_SETUP' });
    const secret = await associate(enrolling);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(verify(enrolling, wrongCodeFor(secret))).rejects.toMatchObject({ code: 'EnableSoftwareTokenMFAException' });
    const enrolled = await verify(enrolling, unusedCodeFor(secret));
    expect(enrolled.isValid()).toBe(true);
    expect(enrolled.getAccessToken().decodePayload()).toMatchObject({ username: who.username, token_use: 'access' });

    const returning = new CognitoUser({ Username: who.username, Pool: userPool });
    await expect(authenticate(returning, who)).resolves.toEqual({ kind: 'totp-required', challengeName: 'SOFTWARE_TOKEN_MFA' });
    const signedIn = await sendTotp(returning, await nextUnusedCodeFor(secret));
    expect(signedIn.isValid()).toBe(true);
  }, 75_000);

  it('gets the same NotAuthorizedException for a wrong password as for an unknown user', async () => {
    const pool = await freshPool('OPTIONAL');
    const userPool = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.clientId, endpoint: pool.endpoint });
    const who = await pool.user();
    for (const attempt of [
      { ...who, password: 'wrong-Passw0rd!' },
      { username: 'nobody-here', password: who.password },
    ]) {
      const outcome = await authenticate(new CognitoUser({ Username: attempt.username, Pool: userPool }), attempt);
      expect(outcome).toMatchObject({
        kind: 'failure',
        error: { code: 'NotAuthorizedException', message: 'Incorrect username or password.' },
      });
    }
  });
});
