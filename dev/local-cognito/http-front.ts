import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CognitoError, UnsupportedError } from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Logger } from 'pino';

/** Larger than any Cognito request (the largest, a 2048-character session and a few names, is a few kB). */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const AMZ_JSON = 'application/x-amz-json-1.1';

export interface HttpFrontOptions {
  router: Router;
  /** Whether cognito-local or our layer has an operation by this name. */
  knows: (operation: string) => boolean;
  logger: Logger;
  /** Browser origins allowed to call; requests without an Origin (Node clients, the CLI) always are. */
  allowedOrigins: Set<string>;
  maxBodyBytes?: number;
  /** JSON Web Keys served at /{userPoolId}/.well-known/jwks.json, as Cognito serves them. */
  jwk: unknown;
  /** Test-only routes of our own: PUT {path} with a JSON body. */
  controls: { pattern: RegExp; handle: (match: RegExpExecArray, body: unknown) => { status: number; body?: unknown } }[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a body up to the limit; a larger one is refused before it is held in memory. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'RequestEntityTooLargeException', `The request body is larger than ${limit} bytes.`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'SerializationException', 'The request body is not valid JSON.');
  }
}

// Dates leave as epoch seconds, as Cognito's JSON protocol writes them.
function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? Math.floor(raw.getTime() / 1000) : v;
  });
}

/**
 * The local Cognito's HTTP server, in place of cognito-local's Express app: Cognito's
 * JSON protocol (its content type, x-amzn-RequestId, x-amzn-ErrorType, and a JSON
 * UnknownOperationException for a target nobody has), CORS only for the page's own
 * origins instead of "*", and a body limit answered with 413 instead of a crash.
 */
export function createHttpFront(options: HttpFrontOptions): Server {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    if (res.headersSent) return;
    const text = body === undefined ? '' : toJson(body);
    res.writeHead(status, { 'content-type': AMZ_JSON, 'x-amzn-requestid': randomUUID(), ...headers });
    res.end(text);
  }

  function sendError(res: ServerResponse, status: number, type: string, message: string) {
    send(res, status, { __type: type, message }, { 'x-amzn-errortype': type });
  }

  /** CORS for an allowed origin; false when the origin is a browser page that is not allowed. */
  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (!options.allowedOrigins.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date');
    return true;
  }

  async function api(req: IncomingMessage, res: ServerResponse) {
    const target = req.headers['x-amz-target'];
    const operation = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    if (!operation || !options.knows(operation)) {
      // Read nothing of the body: an unknown operation is answered as Cognito answers it.
      req.resume();
      throw new HttpError(400, 'UnknownOperationException', `Unknown operation ${JSON.stringify(String(target ?? ''))}.`);
    }
    const input = parseJson(await readBody(req, limit));
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new HttpError(400, 'SerializationException', 'The request body is not a JSON object.');
    }
    send(res, 200, await options.router(operation)({ logger: options.logger }, input));
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string) {
    for (const { pattern, handle } of options.controls) {
      const match = pattern.exec(path);
      if (!match) continue;
      const answer = handle(match, parseJson(await readBody(req, limit)));
      return send(res, answer.status, answer.body);
    }
    req.resume();
    throw new HttpError(404, 'ResourceNotFoundException', `No route ${req.method} ${path}.`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (!cors(req, res)) {
      req.resume();
      throw new HttpError(403, 'AccessDeniedException', `The origin ${req.headers.origin} may not call this local Cognito.`);
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (req.method === 'POST' && path === '/') return api(req, res);
    if (req.method === 'PUT') return control(req, res, path);
    req.resume();
    if (req.method === 'GET' && path === '/health') return send(res, 200, { ok: true }, { 'content-type': 'application/json' });
    if (req.method === 'GET' && /^\/[\w-]+\/\.well-known\/jwks\.json$/.test(path)) {
      return send(res, 200, { keys: [options.jwk] }, { 'content-type': 'application/json' });
    }
    throw new HttpError(404, 'ResourceNotFoundException', `No route ${req.method} ${path}.`);
  }

  return createServer((req, res) => {
    // A client that goes away mid-request is no failure of the server's.
    req.on('error', () => undefined);
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 413) {
          // The rest of the body is discarded as it comes, never held; closing at once would
          // reset a client still sending before it reads the answer. A client that keeps
          // sending long after the answer is cut off.
          req.resume();
          const cutOff = setTimeout(() => req.socket.destroy(), 5_000);
          cutOff.unref();
          req.once('end', () => clearTimeout(cutOff));
          req.once('close', () => clearTimeout(cutOff));
        }
        return sendError(res, error.status, error.type, error.message);
      }
      if (error instanceof CognitoError) {
        return sendError(res, error.code === 'InternalErrorException' ? 500 : 400, error.code, error.message);
      }
      if (error instanceof UnsupportedError) {
        return sendError(res, 500, 'CognitoLocal#Unsupported', `Cognito Local unsupported feature: ${error.message}`);
      }
      options.logger.error(error, 'local Cognito: unexpected error');
      sendError(res, 500, 'InternalErrorException', 'The local Cognito failed; see its log.');
    });
  });
}
