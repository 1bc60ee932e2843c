// @vitest-environment node
import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoErrorAnswer as cognitoError, fakeNetwork, json, never, rejectionOf } from '../test/fake-network';
import { errorFactsOf } from './map-sdk-error';
import { sendCommand } from './send-command';

const verify = () => new VerifySoftwareTokenCommand({ Session: 's'.repeat(40), UserCode: '123456' });

describe('sendCommand', () => {
  describe('given a call that spends what it carries (once: true)', () => {
    it.each([
      ['a 500 from Cognito', () => cognitoError(500, 'InternalErrorException')],
      ['a 503 from a proxy', () => json(503, '<html>Service Unavailable</html>')],
      ['throttling', () => cognitoError(400, 'TooManyRequestsException')],
    ])('sends it exactly once after %s, whatever the client would retry', async (_case, answer) => {
      const { handler, seen } = fakeNetwork(answer);
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler, maxAttempts: 5 });
      const once = { once: true, timeoutMs: 5_000 };
      await rejectionOf(sendCommand(client, verify(), once));
      await rejectionOf(sendCommand(client, new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'c' }), once));
      await rejectionOf(sendCommand(client, new RespondToAuthChallengeCommand({ ChallengeName: 'MFA_SETUP', ClientId: 'c' }), once));
      expect(seen.map((request) => request.target.split('.').pop())).toEqual([
        'VerifySoftwareToken',
        'InitiateAuth',
        'RespondToAuthChallenge',
      ]);
    });

    it("leaves the host's client as it was: its other calls keep their retries", async () => {
      const { handler, seen } = fakeNetwork(() => cognitoError(500, 'InternalErrorException'));
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler, maxAttempts: 2 });
      await rejectionOf(sendCommand(client, verify(), { once: true, timeoutMs: 5_000 }));
      await rejectionOf(client.send(new GetUserCommand({ AccessToken: 'a.b.c' })));
      expect(seen).toHaveLength(1 + 2);
    });

    it('reports an unreadable 200 with its status, so the outcome counts as unknown', async () => {
      const { handler } = fakeNetwork(() => json(200, '{"Status": "SUCC'));
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const facts = errorFactsOf(await rejectionOf(sendCommand(client, verify(), { once: true, timeoutMs: 5_000 })));
      expect(facts).toMatchObject({ name: 'SyntaxError', hasResponse: true, status: 200 });
    });
  });

  describe('given an idempotent read (once: false)', () => {
    it("keeps the client's retries with backoff", async () => {
      const { handler, seen } = fakeNetwork((attempt) =>
        attempt < 3 ? cognitoError(500, 'InternalErrorException') : json(200, JSON.stringify({ Username: 'u', UserAttributes: [] })),
      );
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const user = await sendCommand(client, new GetUserCommand({ AccessToken: 'a.b.c' }), { once: false, timeoutMs: 10_000 });
      expect(user.Username).toBe('u');
      expect(seen).toHaveLength(3);
    });
  });

  describe('given a request that gets no answer', () => {
    it("hands the deadline to the SDK's request handler and fails with a TimeoutError when it passes", async () => {
      const { handler, seen } = fakeNetwork(never);
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const reason = await rejectionOf(sendCommand(client, verify(), { once: true, timeoutMs: 40 }));
      expect(reason).toMatchObject({ name: 'TimeoutError', message: 'No answer within 40 ms' });
      expect(errorFactsOf(reason).hasResponse).toBe(false);
      expect(seen).toEqual([{ target: expect.stringContaining('VerifySoftwareToken'), requestTimeout: 40 }]);
    });

    it("fails at once, as aborted, with the caller's signal already aborted", async () => {
      // A handler that would answer at once, unless told to abort first (as fetch does).
      const { handler } = fakeNetwork((attempt, options) =>
        options.abortSignal?.aborted ? never(attempt, options) : json(200, JSON.stringify({ Status: 'SUCCESS' })),
      );
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const caller = new AbortController();
      caller.abort();
      const reason = await rejectionOf(sendCommand(client, verify(), { once: true, timeoutMs: 60_000, signal: caller.signal }));
      expect(reason).toMatchObject({ name: 'AbortError' });
    });

    it("is aborted by the caller's signal, which is no timeout", async () => {
      const { handler } = fakeNetwork(never);
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const caller = new AbortController();
      const sent = rejectionOf(sendCommand(client, verify(), { once: true, timeoutMs: 60_000, signal: caller.signal }));
      caller.abort();
      expect(await sent).not.toMatchObject({ name: 'TimeoutError' });
    });
  });

  describe('once answered', () => {
    afterEach(() => vi.useRealTimers());

    it("is aborted neither by its deadline passing nor by the caller's signal later", async () => {
      vi.useFakeTimers();
      const handed: AbortSignal[] = [];
      const { handler } = fakeNetwork((_attempt, { abortSignal }) => {
        if (abortSignal) handed.push(abortSignal as AbortSignal);
        return json(200, JSON.stringify({ Status: 'SUCCESS' }));
      });
      const client = new CognitoIdentityProviderClient({ region: 'eu-west-1', requestHandler: handler });
      const caller = new AbortController();
      await sendCommand(client, verify(), { once: true, timeoutMs: 1_000, signal: caller.signal });
      await vi.advanceTimersByTimeAsync(5_000);
      caller.abort();
      expect(handed).toHaveLength(1);
      expect(handed[0]?.aborted).toBe(false);
    });
  });
});
