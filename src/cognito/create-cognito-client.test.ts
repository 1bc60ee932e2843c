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

/** Sends AssociateSoftwareToken with the client, the network after signing stood in for: the final request, and the answer. */
async function sendThrough(client: ReturnType<typeof createCognitoClient>) {
  let sent: SentRequest | undefined;
  client.middlewareStack.add(
    (_next) => async (args) => {
      sent = args.request as SentRequest;
      return { output: { $metadata: {}, SecretCode: 'KEY' }, response: {} };
    },
    { step: 'deserialize', priority: 'high' },
  );
  const output = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: 'token' }));
  return { sent, output };
}

describe('createCognitoClient', () => {
  it("sends to the Region's Cognito when no endpoint is given", async () => {
    const { sent } = await sendThrough(createCognitoClient({ region: 'eu-west-1' }));
    expect(sent?.hostname).toBe('cognito-idp.eu-west-1.amazonaws.com');
  });

  describe('given only a region and an endpoint (no credentials anywhere)', () => {
    it('sends the request unsigned to the endpoint', async () => {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
        vi.stubEnv(name, undefined);
      }
      const { sent, output } = await sendThrough(createCognitoClient({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:9229' }));

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
