import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { cognitoError, networkFailure, TOKENS } from '../test/cognito-fakes';
import { createSignIn, SignInError } from './sign-in';

const cognito = mockClient(CognitoIdentityProviderClient);
afterEach(() => cognito.reset());

const signIn = () => createSignIn({ clientId: 'client-1', client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }) });
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
});
