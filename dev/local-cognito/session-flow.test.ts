import {
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { freshPool } from '../test/fixtures.ts';
import { nextUnusedCodeFor, unusedCodeFor, wrongCodeFor } from '../test/totp.ts';
import { createUserWithTemporaryPassword, WEB_CLIENT_FLOWS, type DemoUser } from './seed.ts';

type Pool = Awaited<ReturnType<typeof freshPool>>;

const signIn = (client: CognitoIdentityProviderClient, clientId: string, user: DemoUser) =>
  client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
    }),
  );

const cognitoError = (name: string, message?: string) =>
  expect.objectContaining({
    name,
    ...(message === undefined ? {} : { message }),
    $metadata: expect.objectContaining({ httpStatusCode: 400 }),
  });

async function mfaSetupChallenge(pool: Pool) {
  const user = await pool.user();
  const challenge = await signIn(pool.client, pool.clientId, user);
  return { user, challenge, session: challenge.Session ?? '' };
}

async function associated(pool: Pool) {
  const { user, session } = await mfaSetupChallenge(pool);
  const res = await pool.client.send(new AssociateSoftwareTokenCommand({ Session: session }));
  return { user, firstSession: session, secret: res.SecretCode ?? '', session: res.Session ?? '' };
}

async function signedIn(pool: Pool) {
  const user = await pool.user();
  const res = await signIn(pool.client, pool.clientId, user);
  return { user, accessToken: res.AuthenticationResult?.AccessToken ?? '' };
}

async function expectTotpSignIn(pool: Pool, user: DemoUser, secret: string) {
  const challenge = await signIn(pool.client, pool.clientId, user);
  expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  expect(challenge.AuthenticationResult).toBeUndefined();
  const done = await pool.client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: await nextUnusedCodeFor(secret) },
    }),
  );
  expect(done.AuthenticationResult?.AccessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
}

describe('local Cognito, session mode (MFA_SETUP)', () => {
  describe('given a user without TOTP in a pool that requires MFA', () => {
    it('answers a password sign-in with the MFA_SETUP challenge and a session, not tokens', async () => {
      const pool = await freshPool('ON');
      const { challenge } = await mfaSetupChallenge(pool);
      expect(challenge.ChallengeName).toBe('MFA_SETUP');
      expect(challenge.ChallengeParameters?.MFAS_CAN_SETUP).toBe('["SOFTWARE_TOKEN_MFA"]');
      expect(JSON.parse(challenge.ChallengeParameters?.MFAS_CAN_SETUP ?? '')).toEqual(['SOFTWARE_TOKEN_MFA']);
      expect(challenge.Session?.length).toBeGreaterThanOrEqual(20);
      expect(challenge.Session?.length).toBeLessThanOrEqual(2048);
      expect(challenge.AuthenticationResult).toBeUndefined();
    });

    it('refuses a wrong password as Cognito does, without telling it from an unknown user', async () => {
      const pool = await freshPool('ON');
      const user = await pool.user();
      await expect(signIn(pool.client, pool.clientId, { ...user, password: 'wrong-Passw0rd!' })).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
      );
    });

    it('goes on from NEW_PASSWORD_REQUIRED to MFA_SETUP for a user an administrator made', async () => {
      const pool = await freshPool('ON');
      const user = await pool.user(createUserWithTemporaryPassword);
      const first = await signIn(pool.client, pool.clientId, user);
      expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
      const next = await pool.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: first.Session,
          ChallengeResponses: { USERNAME: user.username, NEW_PASSWORD: 'New-Passw0rd!' },
        }),
      );
      expect(next.ChallengeName).toBe('MFA_SETUP');
      expect(next.AuthenticationResult).toBeUndefined();
      const res = await pool.client.send(new AssociateSoftwareTokenCommand({ Session: next.Session }));
      expect(res.SecretCode).toMatch(/^[A-Z2-7]{16,}$/);
    });

    it('associates with the session: a base32 secret and a new session', async () => {
      const pool = await freshPool('ON');
      const { secret, session, firstSession } = await associated(pool);
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      expect(session.length).toBeGreaterThanOrEqual(20);
      expect(session).not.toBe(firstSession);
    });

    it('refuses a wrong code with EnableSoftwareTokenMFAException, then accepts a right one with the same session', async () => {
      const pool = await freshPool('ON');
      const { secret, session } = await associated(pool);
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ Session: session, UserCode: wrongCodeFor(secret) })),
      ).rejects.toEqual(cognitoError('EnableSoftwareTokenMFAException'));
      const verified = await pool.client.send(
        new VerifySoftwareTokenCommand({ Session: session, UserCode: unusedCodeFor(secret), FriendlyDeviceName: 'Phone' }),
      );
      expect(verified.Status).toBe('SUCCESS');
      expect(verified.Session?.length).toBeGreaterThanOrEqual(20);
      expect(verified.Session).not.toBe(session);
    });

    it('completes with tokens after a verify, and the next sign-in asks for a TOTP code', async () => {
      const pool = await freshPool('ON');
      const { user, secret, session } = await associated(pool);
      const verified = await pool.client.send(
        new VerifySoftwareTokenCommand({ Session: session, UserCode: unusedCodeFor(secret), FriendlyDeviceName: 'Phone' }),
      );
      const done = await pool.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: 'MFA_SETUP',
          Session: verified.Session,
          ChallengeResponses: { USERNAME: user.username },
        }),
      );
      expect(done.AuthenticationResult).toMatchObject({
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        RefreshToken: expect.any(String),
      });
      const again = await signIn(pool.client, pool.clientId, user);
      expect(again.ChallengeParameters?.FRIENDLY_DEVICE_NAME).toBe('Phone');
      await expectTotpSignIn(pool, user, secret);
    });

    it('gives no tokens for MFA_SETUP before a successful verify', async () => {
      const pool = await freshPool('ON');
      const { user, session } = await associated(pool);
      await expect(
        pool.client.send(
          new RespondToAuthChallengeCommand({
            ClientId: pool.clientId,
            ChallengeName: 'MFA_SETUP',
            Session: session,
            ChallengeResponses: { USERNAME: user.username },
          }),
        ),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });
  });

  describe('given sessions that are used, unknown or expired', () => {
    it('says a session can only be used once when a step reuses it', async () => {
      const pool = await freshPool('ON');
      const { firstSession } = await associated(pool);
      await expect(pool.client.send(new AssociateSoftwareTokenCommand({ Session: firstSession }))).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Invalid session for the user, session can only be used once.'),
      );
    });

    it('says a session it never issued is invalid', async () => {
      const pool = await freshPool('ON');
      await expect(
        pool.client.send(new AssociateSoftwareTokenCommand({ Session: 'x'.repeat(64) })),
      ).rejects.toEqual(cognitoError('NotAuthorizedException', 'Invalid session for the user.'));
    });

    it("expires sessions after the app client's AuthSessionValidity", async () => {
      const pool = await freshPool('ON');
      await pool.setSessionValiditySeconds(1);
      const { secret, session } = await associated(pool);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ Session: session, UserCode: unusedCodeFor(secret) })),
      ).rejects.toEqual(cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    });

    it('lives 3 minutes by default and takes AuthSessionValidity from the app client (3 to 15 minutes)', async () => {
      const pool = await freshPool('ON');
      const created = await pool.client.send(
        new CreateUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientName: 'five', AuthSessionValidity: 5 }),
      );
      expect(created.UserPoolClient?.AuthSessionValidity).toBe(5);
      await expect(
        pool.client.send(
          new CreateUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientName: 'two', AuthSessionValidity: 2 }),
        ),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });
  });

  describe('given malformed input, checked before anything else', () => {
    it.each([
      ['no code', undefined],
      ['an empty code', ''],
      ['five digits', '12345'],
      ['seven digits', '1234567'],
      ['letters', 'abcdef'],
      ['digits with a space', '123 45'],
    ])('refuses %s with InvalidParameterException', async (_, code) => {
      const pool = await freshPool('ON');
      const { session } = await associated(pool);
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ Session: session, UserCode: code as string })),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });

    it.each([
      ['a session shorter than 20 characters', { Session: 'too-short' }],
      ['a session longer than 2048 characters', { Session: 'x'.repeat(2049) }],
      ['both an access token and a session', { Session: 'x'.repeat(40), AccessToken: 'a.b.c' }],
      ['neither an access token nor a session', {}],
    ])('refuses %s with InvalidParameterException, in Associate and Verify', async (_, input) => {
      const pool = await freshPool('ON');
      await expect(pool.client.send(new AssociateSoftwareTokenCommand(input))).rejects.toEqual(
        cognitoError('InvalidParameterException'),
      );
      await expect(pool.client.send(new VerifySoftwareTokenCommand({ ...input, UserCode: '123456' }))).rejects.toEqual(
        cognitoError('InvalidParameterException'),
      );
    });

    it('refuses a bad code before looking at the session', async () => {
      const pool = await freshPool('ON');
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ Session: 'x'.repeat(64), UserCode: '12ab56' })),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });
  });
});

describe('local Cognito, access-token mode', () => {
  describe('given a signed-in user of a pool where MFA is optional', () => {
    it('signs in straight to tokens', async () => {
      const pool = await freshPool('OPTIONAL');
      const { accessToken } = await signedIn(pool);
      expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    });

    it('associates, refuses a wrong code as Cognito does, verifies a right one, and TOTP takes effect', async () => {
      const pool = await freshPool('OPTIONAL');
      const { user, accessToken } = await signedIn(pool);
      const associatedToken = await pool.client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
      const secret = associatedToken.SecretCode ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      expect(associatedToken.Session).toBeUndefined();
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: wrongCodeFor(secret) })),
      ).rejects.toEqual(cognitoError('EnableSoftwareTokenMFAException'));
      const verified = await pool.client.send(
        new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: unusedCodeFor(secret) }),
      );
      expect(verified.Status).toBe('SUCCESS');
      await pool.client.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      );
      await expectTotpSignIn(pool, user, secret);
    });

    it.each([
      ['no code', undefined],
      ['five digits', '12345'],
      ['letters', 'abcdef'],
    ])('refuses %s with InvalidParameterException', async (_, code) => {
      const pool = await freshPool('OPTIONAL');
      const { accessToken } = await signedIn(pool);
      await pool.client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
      await expect(
        pool.client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code as string })),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });

    it('checks the access token of SetUserMFAPreference too: malformed, then not its own', async () => {
      const pool = await freshPool('OPTIONAL');
      const preference = (AccessToken: string) =>
        pool.client.send(
          new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
        );
      await expect(preference('not a token!')).rejects.toEqual(cognitoError('InvalidParameterException'));
      await expect(preference('abc.def.ghi')).rejects.toEqual(cognitoError('NotAuthorizedException', 'Invalid Access Token'));
    });

    it('refuses an access token that is not one of its own', async () => {
      const pool = await freshPool('OPTIONAL');
      await expect(pool.client.send(new AssociateSoftwareTokenCommand({ AccessToken: 'abc.def.ghi' }))).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Invalid Access Token'),
      );
    });

    it('says "Access Token has expired" once it has', async () => {
      const pool = await freshPool('OPTIONAL');
      const shortLived = await pool.client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: pool.userPoolId,
          ClientName: 'short-lived',
          ExplicitAuthFlows: WEB_CLIENT_FLOWS,
          AccessTokenValidity: 1,
          TokenValidityUnits: { AccessToken: 'seconds' },
        }),
      );
      const user = await pool.user();
      const res = await signIn(pool.client, shortLived.UserPoolClient?.ClientId ?? '', user);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await expect(
        pool.client.send(new AssociateSoftwareTokenCommand({ AccessToken: res.AuthenticationResult?.AccessToken })),
      ).rejects.toEqual(cognitoError('NotAuthorizedException', 'Access Token has expired'));
    });
  });
});
