// @vitest-environment jsdom
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { freshPool } from '../../dev/test/fixtures.ts';
import { codeFor, wrongCodeFor } from '../../dev/test/totp.ts';
import type { DemoUser } from '../../dev/local-cognito/seed.ts';
import type { EnrollmentResult } from '../core';
import { useMfaEnrollment, type MfaEnrollment, type UseMfaEnrollmentOptions } from './use-mfa-enrollment';

type Pool = Awaited<ReturnType<typeof freshPool>>;

const signIn = (pool: Pool, user: DemoUser) =>
  pool.client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
    }),
  );

/** Drives the hook as a user would: wait for the key, type a wrong code, then the right one. */
async function enrollWithOneWrongCode(options: UseMfaEnrollmentOptions) {
  const onComplete = vi.fn<(result: EnrollmentResult) => void>();
  const { result } = renderHook(() => useMfaEnrollment({ ...options, onComplete }));
  const current = (): MfaEnrollment => result.current;

  await waitFor(() => expect(current().step).toBe('setup'));
  const secret = current().secret ?? '';

  act(() => void current().submitCode(wrongCodeFor(secret)));
  await waitFor(() => expect(current().error).toBeDefined());
  expect(current().recovery).toBe('retype-code');
  expect(current().secret).toBe(secret);

  act(() => void current().submitCode(codeFor(secret)));
  await waitFor(() => expect(current().step).toBe('done'));
  expect(onComplete).toHaveBeenCalledOnce();
  return { secret, result: onComplete.mock.calls[0]?.[0] };
}

/** The next sign-in must ask for a TOTP code: the enrollment really took. */
async function expectTotpChallenge(pool: Pool, user: DemoUser) {
  const next = await signIn(pool, user);
  expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
}

describe('useMfaEnrollment against the local Cognito, with the client the wizard makes (no credentials)', () => {
  describe('given session mode (a pool that requires MFA answers sign-in with MFA_SETUP)', () => {
    it('enrolls after a wrong code, hands over the tokens, and the next sign-in asks for TOTP', async () => {
      const pool = await freshPool('ON');
      const user = await pool.user();
      const challenge = await signIn(pool, user);
      expect(challenge.ChallengeName).toBe('MFA_SETUP');

      const { result } = await enrollWithOneWrongCode({
        region: pool.region,
        endpoint: pool.endpoint,
        session: challenge.Session ?? '',
        username: user.username,
        clientId: pool.clientId,
        issuer: 'Acme',
      });

      expect(result?.mode).toBe('session');
      expect(result?.mode === 'session' && result.authenticationResult.AccessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      await expectTotpChallenge(pool, user);
    });
  });

  describe('given access-token mode (a signed-in user in a pool where MFA is optional)', () => {
    it('enrolls after a wrong code, makes TOTP preferred, and the next sign-in asks for TOTP', async () => {
      const pool = await freshPool('OPTIONAL');
      const user = await pool.user();
      const signedIn = await signIn(pool, user);

      const { result } = await enrollWithOneWrongCode({
        region: pool.region,
        endpoint: pool.endpoint,
        accessToken: signedIn.AuthenticationResult?.AccessToken ?? '',
        issuer: 'Acme',
      });

      expect(result).toEqual({ mode: 'accessToken', friendlyDeviceName: undefined });
      await expectTotpChallenge(pool, user);
    });
  });
});
