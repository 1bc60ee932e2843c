import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { EnrollmentError, type CallContext, type WizardErrorKind } from '../core';
import {
  cognitoError,
  commands,
  installFakeCognito,
  networkFailure,
  SECRET,
  SESSION_FROM_ASSOCIATE,
  SESSION_FROM_CHALLENGE,
  SESSION_FROM_VERIFY,
  TOKENS,
} from '../test/cognito-fakes';
import { createEnrollmentAdapter } from './create-enrollment-adapter';

const cognito = installFakeCognito();

const client = () => new CognitoIdentityProviderClient({ region: 'eu-west-1' });
/** What the wizard's store gives every call. */
const call = (): CallContext => ({ signal: new AbortController().signal, timeoutMs: 20_000 });

async function rejection(promise: Promise<unknown>): Promise<EnrollmentError> {
  const reason: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
  if (!(reason instanceof EnrollmentError)) throw new Error(`not an EnrollmentError: ${String(reason)}`);
  return reason;
}

describe('createEnrollmentAdapter', () => {
  describe('given session mode', () => {
    const adapter = () =>
      createEnrollmentAdapter({
        client: client(),
        session: SESSION_FROM_CHALLENGE,
        username: 'alice',
        clientId: 'client-id',
        secretHash: 'hash==',
      });

    it('chains each session Cognito returns into the next call, and keeps it to itself', async () => {
      const enrollment = adapter();
      const association = await enrollment.associate(call());
      const verified = await enrollment.verify('123456', 'Phone', call());
      const outcome = await enrollment.complete(call());

      // The wizard learns only that a new session started and how long it lives, never the session.
      expect(association).toEqual({ secret: SECRET, session: { validityMs: 180_000 } });
      expect(verified).toEqual({ session: { validityMs: 180_000 } });
      expect(cognito.commandCalls(commands.associate)[0]?.args[0].input).toEqual({ Session: SESSION_FROM_CHALLENGE });
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input).toEqual({
        Session: SESSION_FROM_ASSOCIATE,
        UserCode: '123456',
        FriendlyDeviceName: 'Phone',
      });
      expect(cognito.commandCalls(commands.respond)[0]?.args[0].input).toEqual({
        ChallengeName: 'MFA_SETUP',
        ClientId: 'client-id',
        Session: SESSION_FROM_VERIFY,
        ChallengeResponses: { USERNAME: 'alice', SECRET_HASH: 'hash==' },
      });
      expect(outcome).toEqual({ mode: 'session', authenticationResult: TOKENS });
      expect(cognito.commandCalls(commands.preference)).toHaveLength(0);
    });

    it('sends no SECRET_HASH when the app client has no secret', async () => {
      const enrollment = createEnrollmentAdapter({
        client: client(),
        session: SESSION_FROM_CHALLENGE,
        username: 'alice',
        clientId: 'client-id',
      });
      await enrollment.complete(call());
      expect(cognito.commandCalls(commands.respond)[0]?.args[0].input.ChallengeResponses).toEqual({ USERNAME: 'alice' });
      expect(cognito.commandCalls(commands.respond)[0]?.args[0].input.Session).toBe(SESSION_FROM_CHALLENGE);
    });

    it.each([
      ['Invalid session for the user, session is expired.', 'session-expired'],
      ['Invalid session for the user, session can only be used once.', 'session-used'],
      ['Invalid session for the user.', 'session-invalid'],
    ] as const)('maps NotAuthorized %j to %s', async (message, kind) => {
      cognito.on(commands.verify).rejects(cognitoError('NotAuthorizedException', message));
      const failure = await rejection(adapter().verify('123456', undefined, call()));
      expect(failure.error).toEqual({ kind, operation: 'verify', name: 'NotAuthorizedException', message });
    });

    describe('when Cognito answers 200 without the next session', () => {
      it('fails Associate rather than reuse the challenge session it spent, its outcome unknown', async () => {
        cognito.on(commands.associate).resolves({ SecretCode: SECRET });
        const failure = await rejection(adapter().associate(call()));
        expect(failure.error).toEqual({ kind: 'unknown', operation: 'associate', name: 'MissingSession', outcomeUnknown: true });
      });

      it('fails Verify rather than complete with the session it spent, its outcome unknown', async () => {
        cognito.on(commands.verify).resolves({ Status: 'SUCCESS' });
        const failure = await rejection(adapter().verify('123456', undefined, call()));
        expect(failure.error).toEqual({ kind: 'unknown', operation: 'verify', name: 'MissingSession', outcomeUnknown: true });
      });

      it('sends the spent session again after such an answer, so Cognito says it is used', async () => {
        cognito.on(commands.verify).resolves({ Status: 'SUCCESS' });
        const enrollment = adapter();
        await enrollment.associate(call());
        await rejection(enrollment.verify('123456', undefined, call()));
        await rejection(enrollment.verify('654321', undefined, call()));
        const sessions = cognito.commandCalls(commands.verify).map((sent) => sent.args[0].input.Session);
        expect(sessions).toEqual([SESSION_FROM_ASSOCIATE, SESSION_FROM_ASSOCIATE]);
      });
    });

    it('reports another challenge instead of tokens as a failure to complete, named for the challenge', async () => {
      cognito.on(commands.respond).resolves({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'next-session-000000000' });
      const failure = await rejection(adapter().complete(call()));
      expect(failure.error).toEqual({
        kind: 'unknown',
        operation: 'complete',
        name: 'UnexpectedSOFTWARE_TOKEN_MFAChallenge',
        outcomeUnknown: true,
      });
    });

    it('reports an answer with neither tokens nor a challenge as a failure to complete', async () => {
      cognito.on(commands.respond).resolves({});
      const failure = await rejection(adapter().complete(call()));
      expect(failure.error).toEqual({ kind: 'unknown', operation: 'complete', name: 'MissingAuthenticationResult', outcomeUnknown: true });
    });
  });

  describe('given access-token mode', () => {
    const adapter = () => createEnrollmentAdapter({ client: client(), accessToken: 'access.token.value' });

    it('sends the token on every call and makes TOTP the preferred MFA', async () => {
      const enrollment = adapter();
      const association = await enrollment.associate(call());
      await enrollment.verify('654321', 'Laptop', call());
      const outcome = await enrollment.complete(call());

      expect(association).toEqual({ secret: SECRET });
      expect(cognito.commandCalls(commands.associate)[0]?.args[0].input).toEqual({ AccessToken: 'access.token.value' });
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input).toEqual({
        AccessToken: 'access.token.value',
        UserCode: '654321',
        FriendlyDeviceName: 'Laptop',
      });
      expect(cognito.commandCalls(commands.preference)[0]?.args[0].input).toEqual({
        AccessToken: 'access.token.value',
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      });
      expect(cognito.commandCalls(commands.respond)).toHaveLength(0);
      expect(outcome).toEqual({ mode: 'accessToken' });
    });

    it('needs no session from Verify', async () => {
      cognito.on(commands.verify).resolves({ Status: 'SUCCESS' });
      await expect(adapter().verify('123456', undefined, call())).resolves.toEqual({});
    });

    it('maps any NotAuthorized to not-authorized', async () => {
      cognito.on(commands.associate).rejects(cognitoError('NotAuthorizedException', 'Access Token has expired'));
      const failure = await rejection(adapter().associate(call()));
      expect(failure.error.kind).toBe('not-authorized');
    });
  });

  describe('given an error from the SDK', () => {
    const adapter = () => createEnrollmentAdapter({ client: client(), accessToken: 'access.token.value' });

    it.each<[string, unknown, WizardErrorKind]>([
      ['EnableSoftwareTokenMFAException', cognitoError('EnableSoftwareTokenMFAException'), 'enable-mfa-failed'],
      ['CodeMismatchException', cognitoError('CodeMismatchException'), 'code-mismatch'],
      ['InternalErrorException (500)', cognitoError('InternalErrorException', 'boom', 500), 'internal-error'],
      ['an unknown name', cognitoError('BrandNewException'), 'unknown'],
      ['a fetch TypeError with no response', networkFailure(), 'network'],
      ['a Node socket error', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'network'],
      ['a TimeoutError', Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'timeout'],
      ['something that is not an Error', 'a string', 'unknown'],
    ])('maps %s', async (_case, thrown, kind) => {
      cognito.on(commands.verify).rejects(thrown as Error);
      const failure = await rejection(adapter().verify('123456', undefined, call()));
      expect(failure.error).toMatchObject({ kind, operation: 'verify' });
    });

    it('treats Status ERROR on a 200 as a code that did not match', async () => {
      cognito.on(commands.verify).resolves({ Status: 'ERROR' });
      const failure = await rejection(adapter().verify('123456', undefined, call()));
      expect(failure.error).toEqual({ kind: 'code-mismatch', operation: 'verify', name: 'VerifySoftwareTokenStatusError' });
    });

    it('never puts the code in the error', async () => {
      cognito.on(commands.verify).rejects(cognitoError('CodeMismatchException', 'Invalid code provided'));
      const failure = await rejection(adapter().verify('987654', undefined, call()));
      expect(JSON.stringify(failure.error)).not.toContain('987654');
      expect(failure.message).not.toContain('987654');
    });
  });
});
