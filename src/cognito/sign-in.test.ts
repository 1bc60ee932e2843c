import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoError, networkFailure, TOKENS } from '../test/cognito-fakes';
import { createSignIn, SignInError, type SignIn } from './sign-in';
import { makeEphemeral, type SrpEphemeral } from './srp';

// The SRP arithmetic as it is, watched: which ephemeral pairs are made, and when.
vi.mock('./srp', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./srp')>();
  return { ...actual, makeEphemeral: vi.fn(actual.makeEphemeral) };
});

const cognito = mockClient(CognitoIdentityProviderClient);
afterEach(() => {
  cognito.reset();
  vi.mocked(makeEphemeral).mockClear();
});

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
        'MFA_SETUP without MFAS_CAN_SETUP',
        { ChallengeName: 'MFA_SETUP', Session: SESSION },
        { kind: 'unsupported-challenge', challenge: 'MFA_SETUP' },
      ],
      ['a session without a challenge name', { Session: SESSION }, { kind: 'unsupported-challenge', challenge: 'unknown' }],
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

    it('says for sure that a refused password did nothing, and reads so in a log', async () => {
      cognito.on(InitiateAuthCommand).rejects(cognitoError('NotAuthorizedException', 'Incorrect username or password.'));
      const refused = await signIn().signIn('alice', 'wrong').catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(SignInError);
      expect(refused).toMatchObject({ kind: 'wrong-credentials', outcomeUnknown: false, name: 'SignInError' });
      expect(String(refused)).toBe('SignInError: sign-in failed: wrong-credentials');
    });

    it.each([
      ['a challenge without its Session', { ChallengeName: 'SOFTWARE_TOKEN_MFA' }, 'missing-session', 'MissingSession'],
      ['neither tokens nor a challenge', {}, 'unknown', 'MissingAuthenticationResult'],
    ] as const)('fails on an answer with %s, its outcome unknown', async (_case, response, kind, errorName) => {
      cognito.on(InitiateAuthCommand).resolves(response);
      await expect(signIn().signIn('alice', 'pw')).rejects.toMatchObject({ kind, errorName, outcomeUnknown: true });
    });

    it('sends the password itself when asked to, even with the user pool id at hand', async () => {
      cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: TOKENS });
      const auth = createSignIn({
        clientId: 'client-1',
        authFlow: 'USER_PASSWORD_AUTH',
        userPoolId: 'eu-west-1_AbC123',
        client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
      });
      auth.prepare();
      await expect(auth.signIn('carol', 'pw')).resolves.toMatchObject({ kind: 'signed-in' });
      expect(cognito.commandCalls(InitiateAuthCommand)[0]?.args[0].input.AuthFlow).toBe('USER_PASSWORD_AUTH');
      expect(makeEphemeral).not.toHaveBeenCalled();
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
    });

    it.each<[string, (auth: SignIn) => Promise<unknown>, Record<string, string>]>([
      ['SOFTWARE_TOKEN_MFA', (auth) => auth.answerSoftwareTokenMfa(step, '123456'), { SOFTWARE_TOKEN_MFA_CODE: '123456' }],
      ['NEW_PASSWORD_REQUIRED', (auth) => auth.setNewPassword(step, 'New-Passw0rd!'), { NEW_PASSWORD: 'New-Passw0rd!' }],
    ])("answers %s with its session, Cognito's name for the user and the answer", async (challenge, answer, responses) => {
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      await answer(signIn());
      expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input).toEqual({
        ClientId: 'client-1',
        ChallengeName: challenge,
        Session: SESSION,
        ChallengeResponses: { USERNAME: 'alice', ...responses },
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

    it.each([
      ['InvalidPasswordException', 'password-rejected'],
      ['PasswordHistoryPolicyViolationException', 'password-reused'],
      // After the password, a refused parameter is about the session, not the app client's flows.
      ['InvalidParameterException', 'invalid-parameter'],
    ])('sorts %s at a new password as %s', async (name, kind) => {
      cognito.on(RespondToAuthChallengeCommand).rejects(cognitoError(name));
      await expect(signIn().setNewPassword(step, 'short')).rejects.toMatchObject({ kind, errorName: name, outcomeUnknown: false });
    });
  });

  it('tells whether a signed-in user has an authenticator app', async () => {
    cognito.on(GetUserCommand).resolves({ Username: 'carol', UserAttributes: [], UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });
    await expect(signIn().hasAuthenticatorApp('token')).resolves.toBe(true);
    cognito.on(GetUserCommand).resolves({ Username: 'carol', UserAttributes: [] });
    await expect(signIn().hasAuthenticatorApp('token')).resolves.toBe(false);
  });

  it("sorts NotAuthorized with a signed-in user's token as not-authorized, whatever the message", async () => {
    cognito.on(GetUserCommand).rejects(cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    await expect(signIn().hasAuthenticatorApp('token')).rejects.toMatchObject({ kind: 'not-authorized' });
  });

  it("signs out by revoking the refresh token with the app client's id", async () => {
    cognito.on(RevokeTokenCommand).resolves({});
    await expect(signIn().signOut('refresh-token-value')).resolves.toBeUndefined();
    expect(cognito.commandCalls(RevokeTokenCommand)[0]?.args[0].input).toEqual({ ClientId: 'client-1', Token: 'refresh-token-value' });
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

    /** Cognito answers InitiateAuth with PASSWORD_VERIFIER and the proof with tokens. */
    function signsInWithSrp() {
      cognito.on(InitiateAuthCommand).resolves(passwordVerifier('alice-id').challenge);
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
    }
    /** The n-th ephemeral pair made (from 0), once it is made. */
    const pairMade = (n: number) => vi.mocked(makeEphemeral).mock.results[n]?.value as SrpEphemeral;
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const sentSrpA = () => cognito.commandCalls(InitiateAuthCommand)[0]?.args[0].input.AuthParameters?.SRP_A;

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

    it("sends PASSWORD_VERIFIER's Session back with the proof", async () => {
      const { challenge } = passwordVerifier('alice-id');
      cognito.on(InitiateAuthCommand).resolves({ ...challenge, Session: SESSION });
      cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: TOKENS });
      await srpSignIn().signIn('alice', 'Passw0rd!');
      expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]?.args[0].input.Session).toBe(SESSION);
    });

    it('follows another answer than PASSWORD_VERIFIER to InitiateAuth as it is, proving nothing', async () => {
      cognito.on(InitiateAuthCommand).resolves({ ChallengeName: 'CUSTOM_CHALLENGE', Session: SESSION, ChallengeParameters: {} });
      await expect(srpSignIn().signIn('alice', 'Passw0rd!')).resolves.toEqual({
        kind: 'unsupported-challenge',
        username: 'alice',
        displayName: 'alice',
        challenge: 'CUSTOM_CHALLENGE',
      });
      expect(cognito.commandCalls(RespondToAuthChallengeCommand)).toHaveLength(0);
    });

    it('makes the pair ahead once, in a task of its own, and the next sign-in sends that pair', async () => {
      signsInWithSrp();
      const auth = srpSignIn();
      auth.prepare();
      auth.prepare();
      // Not in the key press that prepared it: a modular power is milliseconds on a phone.
      expect(makeEphemeral).not.toHaveBeenCalled();
      await nextTask();
      expect(makeEphemeral).toHaveBeenCalledTimes(1);
      await auth.signIn('alice', 'Passw0rd!');
      expect(makeEphemeral).toHaveBeenCalledTimes(1);
      expect(sentSrpA()).toBe(pairMade(0).A.toString(16));
    });

    it('makes the pair at sign-in when none was prepared, or the one prepared could not be made', async () => {
      signsInWithSrp();
      const auth = srpSignIn();
      await auth.signIn('alice', 'Passw0rd!');
      expect(sentSrpA()).toBe(pairMade(0).A.toString(16));
      vi.mocked(makeEphemeral).mockImplementationOnce(() => {
        throw new Error('crypto.getRandomValues is not a function');
      });
      auth.prepare();
      await nextTask();
      cognito.resetHistory();
      await expect(auth.signIn('alice', 'Passw0rd!')).resolves.toMatchObject({ kind: 'signed-in' });
      expect(sentSrpA()).toBe(pairMade(2).A.toString(16));
    });

    it('keeps a pair prepared after a sign-in took one that then failed', async () => {
      signsInWithSrp();
      vi.mocked(makeEphemeral).mockImplementationOnce(() => {
        throw new Error('crypto.getRandomValues is not a function');
      });
      const auth = srpSignIn();
      auth.prepare();
      // Sign in before the pair is made: the sign-in waits for it.
      const first = auth.signIn('alice', 'Passw0rd!');
      // The user types again meanwhile: a second pair is prepared.
      auth.prepare();
      await expect(first).rejects.toBeInstanceOf(SignInError);
      await auth.signIn('alice', 'Passw0rd!');
      expect(makeEphemeral).toHaveBeenCalledTimes(2);
      expect(sentSrpA()).toBe(pairMade(1).A.toString(16));
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
      signsInWithSrp();
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
        signsInWithSrp();
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
