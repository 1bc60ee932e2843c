import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoError, networkFailure, TOKENS } from '../test/cognito-fakes';
import { createSignIn, SignInError } from './sign-in';

const cognito = mockClient(CognitoIdentityProviderClient);
afterEach(() => cognito.reset());

const signIn = () =>
  createSignIn({
    clientId: 'client-1',
    authFlow: 'USER_PASSWORD_AUTH',
    client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
  });
const SESSION = 's'.repeat(40);

describe('createSignIn', () => {
  describe('given a password sign-in', () => {
    it('sends USER_PASSWORD_AUTH with the app client and returns tokens when there is no challenge', async () => {
      cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: TOKENS });
      await expect(signIn().signIn('carol', 'pw')).resolves.toEqual({
        kind: 'signed-in',
        username: 'carol',
        displayName: 'carol',
        tokens: TOKENS,
      });
      expect(cognito.commandCalls(InitiateAuthCommand)[0]?.args[0].input).toEqual({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: 'client-1',
        AuthParameters: { USERNAME: 'carol', PASSWORD: 'pw' },
      });
    });

    it.each([
      [
        'MFA_SETUP offering TOTP',
        { ChallengeName: 'MFA_SETUP', Session: SESSION, ChallengeParameters: { MFAS_CAN_SETUP: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' } },
        { kind: 'mfa-setup', username: 'alice', session: SESSION },
      ],
      [
        'MFA_SETUP without TOTP',
        { ChallengeName: 'MFA_SETUP', Session: SESSION, ChallengeParameters: { MFAS_CAN_SETUP: '["SMS_MFA"]' } },
        { kind: 'unsupported-challenge', challenge: 'MFA_SETUP' },
      ],
      [
        'SOFTWARE_TOKEN_MFA, with the device name and the canonical username',
        {
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session: SESSION,
          ChallengeParameters: { USER_ID_FOR_SRP: 'alice-canonical', FRIENDLY_DEVICE_NAME: 'Pixel' },
        },
        { kind: 'software-token-mfa', username: 'alice-canonical', displayName: 'alice', deviceName: 'Pixel', session: SESSION },
      ],
      ['NEW_PASSWORD_REQUIRED', { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: SESSION }, { kind: 'new-password-required' }],
      ['SMS_MFA', { ChallengeName: 'SMS_MFA', Session: SESSION }, { kind: 'unsupported-challenge', challenge: 'SMS_MFA' }],
      [
        'MFA_SETUP with an unreadable MFAS_CAN_SETUP',
        { ChallengeName: 'MFA_SETUP', Session: SESSION, ChallengeParameters: { MFAS_CAN_SETUP: 'SOFTWARE_TOKEN_MFA' } },
        { kind: 'unsupported-challenge', challenge: 'MFA_SETUP' },
      ],
    ] as const)('follows %s', async (_, response, step) => {
      cognito.on(InitiateAuthCommand).resolves(response);
      await expect(signIn().signIn('alice', 'pw')).resolves.toMatchObject(step);
    });

    it.each([
      ['NotAuthorizedException', 'wrong-credentials'],
      ['UserNotFoundException', 'wrong-credentials'],
      ['UserNotConfirmedException', 'user-not-confirmed'],
      ['PasswordResetRequiredException', 'password-reset-required'],
      ['TooManyRequestsException', 'too-many-requests'],
      ['ResourceNotFoundException', 'resource-not-found'],
      ['InternalErrorException', 'internal-error'],
    ])('sorts %s as %s', async (name, kind) => {
      cognito.on(InitiateAuthCommand).rejects(cognitoError(name));
      await expect(signIn().signIn('alice', 'pw')).rejects.toEqual(expect.objectContaining({ kind, errorName: name }));
    });

    it('calls a request with no answer a network failure', async () => {
      cognito.on(InitiateAuthCommand).rejects(networkFailure());
      await expect(signIn().signIn('alice', 'pw')).rejects.toBeInstanceOf(SignInError);
      await expect(signIn().signIn('alice', 'pw')).rejects.toMatchObject({ kind: 'network' });
    });
  });

  describe('given a TOTP challenge', () => {
    const step = { username: 'alice', displayName: 'alice@example.com', session: SESSION };

    it("answers with the code and Cognito's name for the user, and keeps the typed name", async () => {
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      await expect(signIn().answerSoftwareTokenMfa(step, '123456')).resolves.toMatchObject({
        kind: 'signed-in',
        username: 'alice',
        displayName: 'alice@example.com',
      });
      expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input).toEqual({
        ClientId: 'client-1',
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: SESSION,
        ChallengeResponses: { USERNAME: 'alice', SOFTWARE_TOKEN_MFA_CODE: '123456' },
      });
    });

    it.each([
      ['CodeMismatchException', 'Invalid code received for user', 'code-mismatch'],
      ['ExpiredCodeException', 'Your software token has already been used once.', 'code-already-used'],
      ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'session-expired'],
    ])('sorts %s as %s', async (name, message, kind) => {
      cognito.on(RespondToAuthChallengeCommand).rejects(cognitoError(name, message));
      await expect(signIn().answerSoftwareTokenMfa(step, '123456')).rejects.toMatchObject({ kind });
    });

    it('moves on to the step Cognito answers with after a new password', async () => {
      cognito.on(RespondToAuthChallengeCommand).resolves({
        ChallengeName: 'MFA_SETUP',
        Session: 'n'.repeat(40),
        ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      });
      // The step the page holds: the answer must not carry its kind over.
      const asked = { ...step, kind: 'new-password-required' as const, issuedAt: 0 };
      const next = await signIn().setNewPassword(asked, 'New-Passw0rd!');
      expect(next).toMatchObject({ kind: 'mfa-setup', session: 'n'.repeat(40), username: 'alice' });
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      await expect(signIn().setNewPassword(asked, 'New-Passw0rd!')).resolves.toEqual({ kind: 'signed-in', username: 'alice', displayName: 'alice@example.com', tokens: TOKENS });
    });

    it('refuses a new password that breaks the policy as password-rejected', async () => {
      cognito.on(RespondToAuthChallengeCommand).rejects(cognitoError('InvalidPasswordException'));
      await expect(signIn().setNewPassword(step, 'short')).rejects.toMatchObject({ kind: 'password-rejected' });
    });
  });

  it('tells whether a signed-in user has an authenticator app', async () => {
    cognito.on(GetUserCommand).resolves({ Username: 'carol', UserAttributes: [], UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });
    await expect(signIn().hasAuthenticatorApp('token')).resolves.toBe(true);
    cognito.on(GetUserCommand).resolves({ Username: 'carol', UserAttributes: [] });
    await expect(signIn().hasAuthenticatorApp('token')).resolves.toBe(false);
  });

  it('turns the authenticator app off with the access token, as neither enabled nor preferred', async () => {
    cognito.on(SetUserMFAPreferenceCommand).resolves({});
    await expect(signIn().turnOffAuthenticatorApp('token')).resolves.toBeUndefined();
    expect(cognito.commandCalls(SetUserMFAPreferenceCommand)[0]?.args[0].input).toEqual({
      AccessToken: 'token',
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
    });
    cognito.on(SetUserMFAPreferenceCommand).rejects(cognitoError('NotAuthorizedException', 'Access Token has expired'));
    await expect(signIn().turnOffAuthenticatorApp('token')).rejects.toBeInstanceOf(SignInError);
  });

  describe('given SRP, the default flow', () => {
    const POOL_ID = 'eu-west-1_AbC123';
    const srpSignIn = () =>
      createSignIn({ clientId: 'client-1', userPoolId: POOL_ID, client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }) });

    /** A PASSWORD_VERIFIER challenge's shape (its numbers are proven against the local Cognito in sign-in.integration.test.ts). */
    function passwordVerifier(userId: string) {
      return {
        challenge: {
          ChallengeName: 'PASSWORD_VERIFIER' as const,
          ChallengeParameters: {
            SALT: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
            SRP_B: '5eed'.repeat(96),
            SECRET_BLOCK: btoa('a secret block'),
            USERNAME: userId,
            USER_ID_FOR_SRP: userId,
          },
        },
      };
    }

    it('sends SRP_A and never the password, then answers PASSWORD_VERIFIER with a signed claim', async () => {
      const { challenge } = passwordVerifier('alice-id');
      cognito.on(InitiateAuthCommand).resolves(challenge);
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      await expect(srpSignIn().signIn('alice', 'Passw0rd!')).resolves.toEqual({
        kind: 'signed-in',
        username: 'alice-id',
        displayName: 'alice',
        tokens: TOKENS,
      });
      const initiate = cognito.commandCalls(InitiateAuthCommand)[0]?.args[0].input;
      expect(initiate).toEqual({
        AuthFlow: 'USER_SRP_AUTH',
        ClientId: 'client-1',
        AuthParameters: { USERNAME: 'alice', SRP_A: expect.stringMatching(/^[0-9a-f]+$/) },
      });
      expect(JSON.stringify(cognito.calls().map((c) => c.args[0].input))).not.toContain('Passw0rd!');
      const respond = cognito.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input;
      expect(respond).toMatchObject({
        ClientId: 'client-1',
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: {
          USERNAME: 'alice-id',
          PASSWORD_CLAIM_SECRET_BLOCK: challenge.ChallengeParameters.SECRET_BLOCK,
          TIMESTAMP: expect.stringMatching(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} UTC \d{4}$/),
          PASSWORD_CLAIM_SIGNATURE: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
        },
      });
    });

    it("goes on to the challenge Cognito answers the proof with, naming the user by Cognito's id", async () => {
      cognito.on(InitiateAuthCommand).resolves(passwordVerifier('alice-id').challenge);
      cognito.on(RespondToAuthChallengeCommand).resolves({
        ChallengeName: 'MFA_SETUP',
        Session: SESSION,
        ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      });
      await expect(srpSignIn().signIn('alice', 'Passw0rd!')).resolves.toMatchObject({
        kind: 'mfa-setup',
        username: 'alice-id',
        displayName: 'alice',
        session: SESSION,
      });
    });

    it('sorts a refused proof (a wrong password) as wrong-credentials', async () => {
      cognito.on(InitiateAuthCommand).resolves(passwordVerifier('alice').challenge);
      cognito.on(RespondToAuthChallengeCommand).rejects(cognitoError('NotAuthorizedException', 'Incorrect username or password.'));
      await expect(srpSignIn().signIn('alice', 'wrong')).rejects.toMatchObject({ kind: 'wrong-credentials' });
    });

    it('sorts InvalidParameterException at InitiateAuth (a flow the app client lacks) as auth-flow-not-enabled', async () => {
      cognito.on(InitiateAuthCommand).rejects(cognitoError('InvalidParameterException', 'USER_SRP_AUTH flow not enabled for this client'));
      await expect(srpSignIn().signIn('alice', 'pw')).rejects.toMatchObject({ kind: 'auth-flow-not-enabled' });
      await expect(signIn().signIn('alice', 'pw')).rejects.toMatchObject({ kind: 'auth-flow-not-enabled' });
    });

    it('prepares the next exchange ahead without sending anything, and never uses an ephemeral pair twice', async () => {
      cognito.on(InitiateAuthCommand).resolves(passwordVerifier('alice-id').challenge);
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      const auth = srpSignIn();
      auth.prepare();
      auth.prepare();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cognito.calls()).toHaveLength(0);
      await auth.signIn('alice', 'Passw0rd!');
      await auth.signIn('alice', 'Passw0rd!');
      auth.prepare();
      await auth.signIn('alice', 'Passw0rd!');
      const sent = cognito.commandCalls(InitiateAuthCommand).map((call) => call.args[0].input.AuthParameters?.SRP_A);
      expect(sent).toHaveLength(3);
      expect(new Set(sent).size).toBe(3);
      // SRP's arithmetic, six times over: seconds on this shared machine when it is busy.
    }, 20_000);

    it("signs the proof with the answer's time, not the time the pair was prepared", async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(new Date('2026-11-03T09:04:03Z'));
        cognito.on(InitiateAuthCommand).resolves(passwordVerifier('alice-id').challenge);
        cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
        const auth = srpSignIn();
        auth.prepare();
        await new Promise((resolve) => setTimeout(resolve, 50));
        vi.setSystemTime(new Date('2026-11-03T21:14:59Z'));
        await auth.signIn('alice', 'Passw0rd!');
        const respond = cognito.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input;
        expect(respond?.ChallengeResponses?.TIMESTAMP).toBe('Tue Nov 3 21:14:59 UTC 2026');
      } finally {
        vi.useRealTimers();
      }
    }, 20_000);

    it('needs the user pool id', () => {
      expect(() => createSignIn({ clientId: 'client-1', region: 'eu-west-1' })).toThrow(/userPoolId/);
    });
  });
});
