// @vitest-environment node
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { cognitoErrorAnswer, fakeNetwork, json, rejectionOf } from '../test/fake-network';
import { createEnrollmentAdapter } from './create-enrollment-adapter';
import { createSignIn } from './sign-in';

/** A client that would try each request five times, its network answering 500 (a failure the SDK retries). */
function failingCognito() {
  const network = fakeNetwork(() => cognitoErrorAnswer(500, 'InternalErrorException'));
  const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: network.handler, maxAttempts: 5 });
  const operations = () => network.seen.map((request) => request.target.split('.').pop());
  return { client, operations };
}

const context = () => ({ signal: new AbortController().signal, timeoutMs: 20_000 });

describe('requests on the wire', () => {
  it("sends each of the wizard's calls once, whatever the client would retry: a resend could spend a session", async () => {
    const { client, operations } = failingCognito();
    const session = createEnrollmentAdapter({ client, session: 's'.repeat(40), username: 'alice', clientId: 'client-1' });
    const token = createEnrollmentAdapter({ client, accessToken: 'access.token.value' });
    await rejectionOf(session.associate(context()));
    await rejectionOf(session.complete(context()));
    await rejectionOf(token.verify('123456', undefined, context()));
    await rejectionOf(token.complete(context()));
    expect(operations()).toEqual(['AssociateSoftwareToken', 'RespondToAuthChallenge', 'VerifySoftwareToken', 'SetUserMFAPreference']);
  });

  it('sends what spends a password attempt, a session or a token change once', async () => {
    const { client, operations } = failingCognito();
    const signIn = createSignIn({ client, clientId: 'client-1', authFlow: 'USER_PASSWORD_AUTH' });
    const step = { username: 'alice', displayName: 'alice', session: 's'.repeat(40) };
    await rejectionOf(signIn.signIn('alice', 'pw'));
    await rejectionOf(signIn.answerSoftwareTokenMfa(step, '123456'));
    await rejectionOf(signIn.setNewPassword(step, 'New-Passw0rd!'));
    await rejectionOf(signIn.turnOffAuthenticatorApp('access.token.value'));
    expect(operations()).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge', 'SetUserMFAPreference']);
  });

  it('retries the reads (GetUser) and the sign-out (RevokeToken), which spend nothing', async () => {
    const network = fakeNetwork((attempt) => (attempt % 2 === 1 ? cognitoErrorAnswer(500, 'InternalErrorException') : json(200, '{}')));
    const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: network.handler });
    const signIn = createSignIn({ client, clientId: 'client-1', authFlow: 'USER_PASSWORD_AUTH' });
    await expect(signIn.hasAuthenticatorApp('access.token.value')).resolves.toBe(false);
    await expect(signIn.signOut('refresh-token-value')).resolves.toBeUndefined();
    expect(network.seen.map((request) => request.target.split('.').pop())).toEqual(['GetUser', 'GetUser', 'RevokeToken', 'RevokeToken']);
  });
});
