import { AssociateSoftwareTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCognitoClient } from './create-cognito-client';

/** The parts of the SDK's final HTTP request this test reads. */
interface SentRequest {
  hostname: string;
  port?: number;
  headers: Record<string, string>;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createCognitoClient', () => {
  describe('given only a region and an endpoint (no credentials anywhere)', () => {
    it('sends the request unsigned to the endpoint', async () => {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
        vi.stubEnv(name, undefined);
      }
      const client = createCognitoClient({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:9229' });
      let sent: SentRequest | undefined;
      // Stand in for the network after signing: record the final request and answer it.
      client.middlewareStack.add(
        (_next) => async (args) => {
          sent = args.request as SentRequest;
          return { output: { $metadata: {}, SecretCode: 'KEY' }, response: {} };
        },
        { step: 'deserialize', priority: 'high' },
      );
      const output = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: 'token' }));

      expect(output.SecretCode).toBe('KEY');
      expect(sent?.hostname).toBe('127.0.0.1');
      expect(sent?.port).toBe(9229);
      const headers = Object.keys(sent?.headers ?? {}).map((name) => name.toLowerCase());
      expect(headers).toContain('x-amz-target');
      expect(headers).not.toContain('authorization');
      expect(headers).not.toContain('x-amz-security-token');
    });
  });
});
