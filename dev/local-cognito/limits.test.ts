import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetUserCommand, InitiateAuthCommand, UpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPool } from '../test/fixtures.ts';
import { startLocalCognito, type LocalCognito } from './server.ts';

const MB = 1024 * 1024;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request whose body is `size` bytes, made as it is sent (never held in
 * memory), and stops sending once the answer comes. `declared`: with Content-Length,
 * else chunked.
 */
function send(
  url: string,
  { method = 'POST', headers = {}, body, size = 0, declared = true }: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    size?: number;
    declared?: boolean;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = body !== undefined ? Buffer.byteLength(body) : size;
    const req = request(url, { method, headers: { ...headers, ...(declared ? { 'content-length': String(length) } : {}) } });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
        req.destroy();
      });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    if (body !== undefined) return void req.end(body);
    const chunk = Buffer.alloc(MB, 'x');
    let sent = 0;
    const pump = () => {
      while (!answered && sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const apiHeaders = (operation: string, origin?: string) => ({
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
  ...(origin ? { origin } : {}),
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('the local Cognito holds under bad input', () => {
  describe('given `npm run cognito` running with its details file', () => {
    let child: ChildProcess;
    let dir: string;
    let endpoint: string;
    let detailsFile: string;
    let details: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'local-cognito-limits-'));
      detailsFile = join(dir, 'local-cognito.json');
      const port = await freePort();
      endpoint = `http://127.0.0.1:${port}`;
      const root = fileURLToPath(new URL('../../', import.meta.url));
      child = spawn(join(root, 'node_modules/.bin/tsx'), ['dev/cognito.ts'], {
        cwd: root,
        env: { ...process.env, COGNITO_PORT: String(port), LOCAL_COGNITO_DETAILS: detailsFile, LOCAL_COGNITO_DATA: join(dir, 'db') },
        stdio: 'ignore',
      });
      // Starting it (tsx, cognito-local, the seed) may take a while on a loaded machine.
      for (let i = 0; i < 900 && !existsSync(detailsFile); i++) await new Promise((r) => setTimeout(r, 100));
      details = await readFile(detailsFile, 'utf8');
    }, 100_000);

    afterAll(async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    });

    const stillServing = async () => {
      expect(child.exitCode).toBeNull();
      const health = await fetch(`${endpoint}/health`);
      expect(health.status).toBe(200);
      expect(await readFile(detailsFile, 'utf8')).toBe(details);
    };

    it('fault: a 600 MB body to the control route is refused with 413, and the local Cognito keeps serving', async () => {
      const answer = await send(`${endpoint}/_local/app-clients/any/auth-session-validity`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        size: 600 * MB,
      });
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(JSON.parse(answer.body)).toMatchObject({ __type: 'RequestEntityTooLargeException' });
      await stillServing();
    }, 60_000);

    it('fault: a 600 MB chunked body (no Content-Length) to the control route and to the API does not stop it', async () => {
      for (const [path, headers] of [
        ['/_local/app-clients/any/auth-session-validity', { 'content-type': 'application/json' }],
        ['/', apiHeaders('InitiateAuth')],
      ] as const) {
        const answer = await send(`${endpoint}${path}`, { method: path === '/' ? 'POST' : 'PUT', headers, size: 600 * MB, declared: false });
        expect(answer.status).toBe(413);
      }
      await stillServing();
    }, 60_000);
  });

  describe('given a local Cognito that allows one page origin', () => {
    let cognito: LocalCognito;
    let dir: string;
    const page = 'http://127.0.0.1:5999';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'local-cognito-cors-'));
      cognito = await startLocalCognito({ dataDir: dir, port: 0, allowedOrigins: [page] });
    });
    afterAll(async () => {
      await cognito.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('fault: a page of another origin gets 403 and no CORS header, on the API, its preflight and the control route', async () => {
      const evil = 'http://evil.example';
      const api = await send(`${cognito.endpoint}/`, { headers: apiHeaders('ListUserPools', evil), body: '{"MaxResults":10}' });
      const preflight = await send(`${cognito.endpoint}/`, {
        method: 'OPTIONS',
        headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-amz-target' },
      });
      const control = await send(`${cognito.endpoint}/_local/app-clients/any/auth-session-validity`, {
        method: 'PUT',
        headers: { origin: evil, 'content-type': 'application/json' },
        body: '{"seconds":1}',
      });
      for (const answer of [api, preflight, control]) {
        expect(answer.status).toBe(403);
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      }
    });

    it("answers the page's own origin with that origin (never *), and a request without Origin (Node) as well", async () => {
      const fromPage = await send(`${cognito.endpoint}/`, { headers: apiHeaders('ListUserPools', page), body: '{"MaxResults":10}' });
      expect(fromPage.status).toBe(200);
      expect(fromPage.headers['access-control-allow-origin']).toBe(page);
      const preflight = await send(`${cognito.endpoint}/`, {
        method: 'OPTIONS',
        headers: { origin: page, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-amz-target' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toBe('x-amz-target');
      const fromNode = await send(`${cognito.endpoint}/`, { headers: apiHeaders('ListUserPools'), body: '{"MaxResults":10}' });
      expect(fromNode.status).toBe(200);
      expect(fromNode.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('fault: a 1 MB body to the API is refused with a JSON 413', async () => {
      const answer = await send(`${cognito.endpoint}/`, { headers: apiHeaders('InitiateAuth'), size: MB });
      expect(answer.status).toBe(413);
      expect(answer.headers['x-amzn-errortype']).toBe('RequestEntityTooLargeException');
    });
  });

  describe('given unknown or malformed operations', () => {
    it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'NoSuchOperation', ''])(
      'fault: X-Amz-Target %j is answered 400 UnknownOperationException in JSON, never a 500 or HTML',
      async (operation) => {
        const pool = await freshPool('OPTIONAL');
        const answer = await send(`${pool.endpoint}/`, { headers: apiHeaders(operation), body: '{}' });
        expect(answer.status).toBe(400);
        expect(answer.headers['content-type']).toBe('application/x-amz-json-1.1');
        expect(answer.headers['x-amzn-errortype']).toBe('UnknownOperationException');
        expect(JSON.parse(answer.body)).toMatchObject({ __type: 'UnknownOperationException' });
      },
    );

    it('fault: a body that is not JSON is answered 400 SerializationException in JSON', async () => {
      const pool = await freshPool('OPTIONAL');
      const answer = await send(`${pool.endpoint}/`, { headers: apiHeaders('InitiateAuth'), body: '{"AuthFlow":' });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ __type: 'SerializationException' });
    });
  });

  describe('given forged access tokens', () => {
    /** A token with the claims of a real one, re-signed with "alg: none" (no signature) or HS256 keyed with the public key. */
    async function forged() {
      const pool = await freshPool('OPTIONAL');
      const user = await pool.user();
      const res = await pool.client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: pool.clientId,
          AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
        }),
      );
      const real = res.AuthenticationResult?.AccessToken ?? '';
      const [, payload] = real.split('.');
      const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
      return { pool, real, tokens: [`${header('none')}.${payload}.`, `${header('HS256')}.${payload}.c2lnbmF0dXJl`] };
    }

    it('fault: GetUser refuses an unsigned (alg: none) or re-signed token with NotAuthorizedException', async () => {
      const { pool, tokens } = await forged();
      for (const AccessToken of tokens) {
        await expect(pool.client.send(new GetUserCommand({ AccessToken }))).rejects.toMatchObject({
          name: 'NotAuthorizedException',
          message: 'Invalid Access Token',
        });
      }
    });

    it('fault: UpdateUserAttributes refuses an unsigned (alg: none) token, and the attribute stays as it was', async () => {
      const { pool, real, tokens } = await forged();
      for (const AccessToken of tokens) {
        await expect(
          pool.client.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: 'name', Value: 'Mallory' }] })),
        ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
      }
      const { UserAttributes } = await pool.client.send(new GetUserCommand({ AccessToken: real }));
      expect(UserAttributes?.find((a) => a.Name === 'name')).toBeUndefined();
    });
  });
});
