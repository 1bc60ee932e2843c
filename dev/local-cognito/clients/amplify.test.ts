import { Amplify } from 'aws-amplify';
import { confirmSignIn, fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import { freshPool } from '../../test/fixtures.ts';
import { nextUnusedCodeFor, unusedCodeFor, wrongCodeFor } from '../../test/totp.ts';
import { createTestAppClients } from '../seed.ts';

// Node 20 has the fetch and Web Crypto globals Amplify uses in a browser; nothing is shimmed or wrapped.

describe('Amplify 6.22.1, unchanged, against the local Cognito', () => {
  it('default signIn (SRP) to an SRP-only client: TOTP setup after a wrong code to DONE, sign out, then a TOTP sign-in', async () => {
    const pool = await freshPool('ON');
    // An app client that allows SRP and nothing else: a password sent in the clear would be refused.
    const { srpOnly } = await createTestAppClients(pool.client, pool.userPoolId);
    Amplify.configure({
      Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: srpOnly, userPoolEndpoint: pool.endpoint } },
    });
    const user = await pool.user();

    const first = await signIn({ username: user.username, password: user.password });
    expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    const sharedSecret =
      first.nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' ? first.nextStep.totpSetupDetails.sharedSecret : '';
    expect(sharedSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(confirmSignIn({ challengeResponse: wrongCodeFor(sharedSecret) })).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    const enrolled = await confirmSignIn({
      challengeResponse: unusedCodeFor(sharedSecret),
      options: { friendlyDeviceName: 'Phone' },
    });
    expect(enrolled).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await fetchAuthSession()).tokens?.accessToken.payload).toMatchObject({ username: user.username });

    await signOut();

    const again = await signIn({ username: user.username, password: user.password });
    expect(again.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const signedIn = await confirmSignIn({ challengeResponse: await nextUnusedCodeFor(sharedSecret) });
    expect(signedIn).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await signOut();
  }, 75_000);
});
