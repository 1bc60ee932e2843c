import {
  AdminCreateUserCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { startSrp } from '../../src/cognito/srp.ts';
import { freshPool } from '../test/fixtures.ts';
import { srpSignIn } from '../test/srp-client.ts';
import { nextUnusedCodeFor, unusedCodeFor } from '../test/totp.ts';
import { secretHashOf } from './app-clients.ts';
import { createTestAppClients, type DemoUser } from './seed.ts';
import { N } from './srp.ts';

type Pool = Awaited<ReturnType<typeof freshPool>>;

const cognitoError = (name: string, message?: string) =>
  expect.objectContaining({
    name,
    ...(message === undefined ? {} : { message }),
    $metadata: expect.objectContaining({ httpStatusCode: 400 }),
  });

const INCORRECT = cognitoError('NotAuthorizedException', 'Incorrect username or password.');

const passwordSignIn = (client: CognitoIdentityProviderClient, clientId: string, user: DemoUser, extra: Record<string, string> = {}) =>
  client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: user.username, PASSWORD: user.password, ...extra },
    }),
  );

/** Every AuthenticationResult carries ExpiresIn (seconds) and TokenType, as Cognito's do. */
const expectCompleteResult = (result: AuthenticationResultType | undefined) =>
  expect(result).toMatchObject({ AccessToken: expect.any(String), ExpiresIn: 24 * 60 * 60, TokenType: 'Bearer' });

/** A user of an optional-MFA pool who has an authenticator app, and the app's secret. */
async function userWithTotp(pool: Pool) {
  const user = await pool.user();
  const signedIn = await passwordSignIn(pool.client, pool.clientId, user);
  const AccessToken = signedIn.AuthenticationResult?.AccessToken ?? '';
  const { SecretCode } = await pool.client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
  const secret = SecretCode ?? '';
  const verifyCode = unusedCodeFor(secret);
  await pool.client.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: verifyCode }));
  await pool.client.send(
    new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
  );
  return { user, secret, verifyCode };
}

const answerTotp = (pool: Pool, user: DemoUser, session: string | undefined, code: string) =>
  pool.client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: session,
      ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: code },
    }),
  );

const refresh = (pool: Pool, RefreshToken: string | undefined, clientId = pool.clientId) =>
  pool.client.send(
    new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: RefreshToken ?? '' } }),
  );

describe('local Cognito: SRP sign-in (USER_SRP_AUTH) as Cognito answers it', () => {
  it('answers SRP_A with PASSWORD_VERIFIER (SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP), then a right proof with tokens', async () => {
    const pool = await freshPool('OPTIONAL');
    const user = await pool.user();
    const { verifier, answer } = await srpSignIn(pool.client, pool, user);
    expect(verifier.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(verifier.ChallengeParameters).toEqual({
      SALT: expect.stringMatching(/^[0-9a-f]+$/),
      SRP_B: expect.stringMatching(/^[0-9a-f]{500,}$/),
      SECRET_BLOCK: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
      USERNAME: user.username,
      USER_ID_FOR_SRP: user.username,
    });
    expectCompleteResult(answer.AuthenticationResult);
  });

  it('goes on to MFA_SETUP after the proof in a pool that requires MFA', async () => {
    const pool = await freshPool('ON');
    const { answer } = await srpSignIn(pool.client, pool, await pool.user());
    expect(answer.ChallengeName).toBe('MFA_SETUP');
    expect(answer.Session?.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses a wrong password with the NotAuthorizedException of USER_PASSWORD_AUTH', async () => {
    const pool = await freshPool('OPTIONAL');
    const user = { ...(await pool.user()), password: 'wrong-Passw0rd!' };
    await expect(srpSignIn(pool.client, pool, user)).rejects.toEqual(INCORRECT);
    await expect(passwordSignIn(pool.client, pool.clientId, user)).rejects.toEqual(INCORRECT);
  });

  it('takes one answer per PASSWORD_VERIFIER challenge: the same proof again is refused', async () => {
    const pool = await freshPool('OPTIONAL');
    const user = await pool.user();
    const srp = await startSrp(user.password, pool.userPoolId);
    const verifier = await pool.client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_SRP_AUTH',
        ClientId: pool.clientId,
        AuthParameters: { USERNAME: user.username, SRP_A: srp.srpA },
      }),
    );
    const answer = () =>
      pool.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeResponses: srp.answer(verifier.ChallengeParameters ?? {}),
        }),
      );
    expectCompleteResult((await answer()).AuthenticationResult);
    await expect(answer()).rejects.toEqual(cognitoError('NotAuthorizedException', 'Invalid session for the user, session can only be used once.'));
  });
});

describe('local Cognito refuses what real Cognito refuses', () => {
  describe('an unknown user and a wrong password get the same answer (PreventUserExistenceErrors)', () => {
    it('in USER_PASSWORD_AUTH and in USER_SRP_AUTH, where the unknown user still gets a challenge', async () => {
      const pool = await freshPool('OPTIONAL');
      const nobody = { username: 'nobody-here', password: 'Passw0rd!' };
      await expect(passwordSignIn(pool.client, pool.clientId, nobody)).rejects.toEqual(INCORRECT);
      await expect(srpSignIn(pool.client, pool, nobody)).rejects.toEqual(INCORRECT);
      const challenge = await pool.client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_SRP_AUTH',
          ClientId: pool.clientId,
          AuthParameters: { USERNAME: 'nobody-here', SRP_A: 'ab'.repeat(384) },
        }),
      );
      expect(challenge.ChallengeName).toBe('PASSWORD_VERIFIER');
    });
  });

  it.each([
    ['a multiple of N', N.toString(16)],
    ['not hex', 'xyz'],
  ])('InitiateAuth refuses an SRP_A that is %s, before any challenge', async (_, srpA) => {
    const pool = await freshPool('OPTIONAL');
    const user = await pool.user();
    await expect(
      pool.client.send(
        new InitiateAuthCommand({ AuthFlow: 'USER_SRP_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: user.username, SRP_A: srpA } }),
      ),
    ).rejects.toEqual(cognitoError('InvalidParameterException'));
  });

  describe('SOFTWARE_TOKEN_MFA sessions', () => {
    it('can be answered once: a second right answer with the same session is refused', async () => {
      const pool = await freshPool('OPTIONAL');
      const { user, secret } = await userWithTotp(pool);
      const challenge = await passwordSignIn(pool.client, pool.clientId, user);
      expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
      const code = await nextUnusedCodeFor(secret);
      const done = await answerTotp(pool, user, challenge.Session, code);
      expectCompleteResult(done.AuthenticationResult);
      // The session is looked at first: the answer is about it, whatever the code.
      await expect(answerTotp(pool, user, challenge.Session, code)).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Invalid session for the user, session can only be used once.'),
      );
    });

    it("expire after the app client's AuthSessionValidity", async () => {
      const pool = await freshPool('OPTIONAL');
      const { user, secret } = await userWithTotp(pool);
      await pool.setSessionValiditySeconds(1);
      const challenge = await passwordSignIn(pool.client, pool.clientId, user);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await expect(answerTotp(pool, user, challenge.Session, await nextUnusedCodeFor(secret))).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
      );
    });
  });

  describe('a TOTP code is accepted once per user', () => {
    it('the code that verified the app is refused at the next sign-in with ExpiredCodeException', async () => {
      const pool = await freshPool('OPTIONAL');
      const { user, verifyCode } = await userWithTotp(pool);
      const challenge = await passwordSignIn(pool.client, pool.clientId, user);
      await expect(answerTotp(pool, user, challenge.Session, verifyCode)).rejects.toEqual(
        cognitoError('ExpiredCodeException', 'Your software token has already been used once.'),
      );
    });

    it('a code that signed in once is refused at a second sign-in, whose session still takes a new code', async () => {
      const pool = await freshPool('OPTIONAL');
      const { user, secret } = await userWithTotp(pool);
      const code = await nextUnusedCodeFor(secret);
      const first = await passwordSignIn(pool.client, pool.clientId, user);
      await answerTotp(pool, user, first.Session, code);
      const second = await passwordSignIn(pool.client, pool.clientId, user);
      await expect(answerTotp(pool, user, second.Session, code)).rejects.toEqual(cognitoError('ExpiredCodeException'));
      // A third code: the app's next one, which may take up to 30 s to come, as for a person.
      const done = await answerTotp(pool, user, second.Session, await nextUnusedCodeFor(secret));
      expectCompleteResult(done.AuthenticationResult);
    }, 75_000);
  });

  describe('refresh tokens work after every kind of sign-in, and RevokeToken ends them', () => {
    it('after a password sign-in, an SRP sign-in, a TOTP sign-in and an MFA_SETUP enrollment', async () => {
      const optional = await freshPool('OPTIONAL');
      const password = await passwordSignIn(optional.client, optional.clientId, await optional.user());
      const srp = (await srpSignIn(optional.client, optional, await optional.user())).answer;
      const { user, secret } = await userWithTotp(optional);
      const challenge = await passwordSignIn(optional.client, optional.clientId, user);
      const totp = await answerTotp(optional, user, challenge.Session, await nextUnusedCodeFor(secret));

      const required = await freshPool('ON');
      const newcomer = await required.user();
      const setup = await passwordSignIn(required.client, required.clientId, newcomer);
      const associated = await required.client.send(new AssociateSoftwareTokenCommand({ Session: setup.Session }));
      const verified = await required.client.send(
        new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: unusedCodeFor(associated.SecretCode ?? '') }),
      );
      const enrolled = await required.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: required.clientId,
          ChallengeName: 'MFA_SETUP',
          Session: verified.Session,
          ChallengeResponses: { USERNAME: newcomer.username },
        }),
      );

      for (const [pool, res] of [
        [optional, password],
        [optional, srp],
        [optional, totp],
        [required, enrolled],
      ] as const) {
        expectCompleteResult(res.AuthenticationResult);
        const refreshed = await refresh(pool, res.AuthenticationResult?.RefreshToken);
        expectCompleteResult(refreshed.AuthenticationResult);
        expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
      }
    });

    it('RevokeToken revokes the refresh token and the access tokens issued with it, and no other', async () => {
      const pool = await freshPool('OPTIONAL');
      const user = await pool.user();
      const first = (await passwordSignIn(pool.client, pool.clientId, user)).AuthenticationResult;
      const other = (await passwordSignIn(pool.client, pool.clientId, user)).AuthenticationResult;
      const refreshed = (await refresh(pool, first?.RefreshToken)).AuthenticationResult;
      await pool.client.send(new RevokeTokenCommand({ ClientId: pool.clientId, Token: first?.RefreshToken }));

      for (const token of [first?.AccessToken, refreshed?.AccessToken]) {
        await expect(pool.client.send(new GetUserCommand({ AccessToken: token }))).rejects.toEqual(
          cognitoError('NotAuthorizedException', 'Access Token has been revoked'),
        );
      }
      await expect(refresh(pool, first?.RefreshToken)).rejects.toEqual(cognitoError('NotAuthorizedException'));
      await expect(pool.client.send(new GetUserCommand({ AccessToken: other?.AccessToken }))).resolves.toMatchObject({
        Username: user.username,
      });
    });

    it('a refresh token works only with the app client it was issued to', async () => {
      const pool = await freshPool('OPTIONAL');
      const clients = await createTestAppClients(pool.client, pool.userPoolId);
      const res = await passwordSignIn(pool.client, pool.clientId, await pool.user());
      await expect(refresh(pool, res.AuthenticationResult?.RefreshToken, clients.srpOnly)).rejects.toEqual(
        cognitoError('NotAuthorizedException', 'Invalid Refresh Token'),
      );
    });
  });

  describe("an app client's ExplicitAuthFlows", () => {
    it('an SRP-only client refuses USER_PASSWORD_AUTH, a password-only one refuses USER_SRP_AUTH', async () => {
      const pool = await freshPool('OPTIONAL');
      const clients = await createTestAppClients(pool.client, pool.userPoolId);
      const user = await pool.user();
      await expect(passwordSignIn(pool.client, clients.srpOnly, user)).rejects.toEqual(
        cognitoError('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'),
      );
      await expect(srpSignIn(pool.client, { ...pool, clientId: clients.passwordOnly }, user)).rejects.toEqual(
        cognitoError('InvalidParameterException', 'USER_SRP_AUTH flow not enabled for this client'),
      );
      expectCompleteResult((await srpSignIn(pool.client, { ...pool, clientId: clients.srpOnly }, user)).answer.AuthenticationResult);
      expectCompleteResult((await passwordSignIn(pool.client, clients.passwordOnly, user)).AuthenticationResult);
    });

    it("a client created without ExplicitAuthFlows gets Cognito's defaults: SRP, not password", async () => {
      const pool = await freshPool('OPTIONAL');
      const { UserPoolClient } = await pool.client.send(
        new CreateUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientName: 'defaults' }),
      );
      const app = { ...pool, clientId: UserPoolClient?.ClientId ?? '' };
      const user = await pool.user();
      await expect(passwordSignIn(pool.client, app.clientId, user)).rejects.toEqual(cognitoError('InvalidParameterException'));
      expectCompleteResult((await srpSignIn(pool.client, app, user)).answer.AuthenticationResult);
    });
  });

  describe('an app client with a secret', () => {
    it('refuses a sign-in without SECRET_HASH or with a wrong one, and takes the right one in both flows', async () => {
      const pool = await freshPool('OPTIONAL');
      const { withSecret } = await createTestAppClients(pool.client, pool.userPoolId);
      const user = await pool.user();
      const refusal = cognitoError('NotAuthorizedException', `Unable to verify secret hash for client ${withSecret.clientId}`);
      const hash = (name: string) => secretHashOf(withSecret.clientSecret, name, withSecret.clientId);
      await expect(passwordSignIn(pool.client, withSecret.clientId, user)).rejects.toEqual(refusal);
      await expect(passwordSignIn(pool.client, withSecret.clientId, user, { SECRET_HASH: hash('someone-else') })).rejects.toEqual(
        refusal,
      );
      await expect(srpSignIn(pool.client, { ...pool, clientId: withSecret.clientId }, user)).rejects.toEqual(refusal);
      const signedIn = await passwordSignIn(pool.client, withSecret.clientId, user, { SECRET_HASH: hash(user.username) });
      expectCompleteResult(signedIn.AuthenticationResult);
      const srp = await srpSignIn(pool.client, { ...pool, clientId: withSecret.clientId, secretHash: hash }, user);
      expectCompleteResult(srp.answer.AuthenticationResult);
    });
  });

  describe("Cognito's username rules", () => {
    it.each([
      ['whitespace inside', 'has space'],
      ['a tab', 'tab\there'],
      ['129 characters', 'u'.repeat(129)],
      ['nothing', ''],
    ])('refuses a username with %s (InvalidParameterException)', async (_, username) => {
      const pool = await freshPool('OPTIONAL');
      await expect(
        pool.client.send(new AdminCreateUserCommand({ UserPoolId: pool.userPoolId, Username: username, MessageAction: 'SUPPRESS' })),
      ).rejects.toEqual(cognitoError('InvalidParameterException'));
    });

    it('takes 128 characters of letters, digits, symbols and punctuation', async () => {
      const pool = await freshPool('OPTIONAL');
      const username = `ünï+.@_-${'x'.repeat(120)}`;
      const res = await pool.client.send(
        new AdminCreateUserCommand({ UserPoolId: pool.userPoolId, Username: username, MessageAction: 'SUPPRESS' }),
      );
      expect(res.User?.Username).toBe(username);
    });
  });

  describe("Cognito's error answers on the wire", () => {
    it('are HTTP 400 application/x-amz-json-1.1 with x-amzn-ErrorType, x-amzn-RequestId and {__type, message}', async () => {
      const pool = await freshPool('OPTIONAL');
      const res = await fetch(`${pool.endpoint}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
        },
        body: JSON.stringify({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: pool.clientId,
          AuthParameters: { USERNAME: 'nobody-here', PASSWORD: 'x' },
        }),
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
      expect(res.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException');
      expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
      expect(await res.json()).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    });
  });
});
