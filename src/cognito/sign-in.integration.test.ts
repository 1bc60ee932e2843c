import { AssociateSoftwareTokenCommand, VerifySoftwareTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { freshPool } from '../../dev/test/fixtures.ts';
import { nextUnusedCodeFor, unusedCodeFor } from '../../dev/test/totp.ts';
import { createTestAppClients, createUserWithTemporaryPassword } from '../../dev/local-cognito/seed.ts';
import { createSignIn, type SignInStep } from './sign-in';

type Pool = Awaited<ReturnType<typeof freshPool>>;

/** The page's sign-in, with SRP (its default), to an app client that allows SRP and nothing else. */
async function srpOnlySignIn(pool: Pool) {
  const { srpOnly, passwordOnly } = await createTestAppClients(pool.client, pool.userPoolId);
  const options = { region: pool.region, endpoint: pool.endpoint, userPoolId: pool.userPoolId };
  return {
    srp: createSignIn({ ...options, clientId: srpOnly }),
    passwordOnSrpOnly: createSignIn({ ...options, clientId: srpOnly, authFlow: 'USER_PASSWORD_AUTH' }),
    srpOnPasswordOnly: createSignIn({ ...options, clientId: passwordOnly }),
  };
}

const expectStep = (step: SignInStep, kind: SignInStep['kind']) => expect(step.kind).toBe(kind);

describe('createSignIn against the local Cognito', () => {
  describe('given SRP, the default', () => {
    it('signs in to tokens in a pool where MFA is optional', async () => {
      const pool = await freshPool('OPTIONAL');
      const { srp } = await srpOnlySignIn(pool);
      const user = await pool.user();
      const step = await srp.signIn(user.username, user.password);
      expect(step).toMatchObject({ kind: 'signed-in', username: user.username, tokens: { TokenType: 'Bearer' } });
    });

    it('goes on to MFA_SETUP, then after enrollment to SOFTWARE_TOKEN_MFA, whose answer signs in', async () => {
      const pool = await freshPool('ON');
      const { srp } = await srpOnlySignIn(pool);
      const user = await pool.user();
      const setup = await srp.signIn(user.username, user.password);
      if (setup.kind !== 'mfa-setup') throw new Error(`expected mfa-setup, got ${setup.kind}`);
      const associated = await srp.client.send(new AssociateSoftwareTokenCommand({ Session: setup.session }));
      const secret = associated.SecretCode ?? '';
      await srp.client.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: unusedCodeFor(secret) }));

      const totp = await srp.signIn(user.username, user.password);
      if (totp.kind !== 'software-token-mfa') throw new Error(`expected software-token-mfa, got ${totp.kind}`);
      expectStep(await srp.answerSoftwareTokenMfa(totp, await nextUnusedCodeFor(secret)), 'signed-in');
    }, 75_000);

    it('goes on to NEW_PASSWORD_REQUIRED for a user an administrator made', async () => {
      const pool = await freshPool('OPTIONAL');
      const { srp } = await srpOnlySignIn(pool);
      const user = await pool.user(createUserWithTemporaryPassword);
      const step = await srp.signIn(user.username, user.password);
      if (step.kind !== 'new-password-required') throw new Error(`expected new-password-required, got ${step.kind}`);
      expectStep(await srp.setNewPassword(step, 'New-Passw0rd!'), 'signed-in');
    });

    it('sorts a wrong password and an unknown user alike as wrong-credentials', async () => {
      const pool = await freshPool('OPTIONAL');
      const { srp } = await srpOnlySignIn(pool);
      const user = await pool.user();
      await expect(srp.signIn(user.username, 'wrong-Passw0rd!')).rejects.toMatchObject({ kind: 'wrong-credentials' });
      await expect(srp.signIn('nobody-here', user.password)).rejects.toMatchObject({ kind: 'wrong-credentials' });
    });
  });

  describe('given a flow the app client does not allow', () => {
    it('is auth-flow-not-enabled, for password sign-in to an SRP-only client and SRP to a password-only one', async () => {
      const pool = await freshPool('OPTIONAL');
      const { passwordOnSrpOnly, srpOnPasswordOnly } = await srpOnlySignIn(pool);
      const user = await pool.user();
      await expect(passwordOnSrpOnly.signIn(user.username, user.password)).rejects.toMatchObject({
        kind: 'auth-flow-not-enabled',
      });
      await expect(srpOnPasswordOnly.signIn(user.username, user.password)).rejects.toMatchObject({
        kind: 'auth-flow-not-enabled',
      });
    });
  });

  it('signs out by revoking the refresh token, after which its access token is refused', async () => {
    const pool = await freshPool('OPTIONAL');
    const { srp } = await srpOnlySignIn(pool);
    const user = await pool.user();
    const step = await srp.signIn(user.username, user.password);
    if (step.kind !== 'signed-in') throw new Error(`expected signed-in, got ${step.kind}`);
    await expect(srp.signOut(step.tokens.RefreshToken ?? '')).resolves.toBeUndefined();
    await expect(srp.hasAuthenticatorApp(step.tokens.AccessToken ?? '')).rejects.toMatchObject({ errorName: 'NotAuthorizedException' });
  });
});
