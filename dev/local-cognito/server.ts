import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// aws-sdk v2, which cognito-local loads, prints an end-of-support notice at import.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
import { DefaultConfig } from 'cognito-local/lib/server/config.js';
import { Router } from 'cognito-local/lib/server/Router.js';
import { DateClock, LambdaService, MessagesService, TriggersService } from 'cognito-local/lib/services/index.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import { CryptoService } from 'cognito-local/lib/services/crypto.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import { ConsoleMessageSender } from 'cognito-local/lib/services/messageDelivery/consoleMessageSender.js';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import { createRequire } from 'node:module';
import pino from 'pino';
import { createHttpFront } from './http-front.ts';
import { withSessionFlow, SessionValidity } from './session-flow.ts';
import { SessionStore } from './sessions.ts';
import { TokenRegistry } from './tokens.ts';
import { TotpCodes } from './totp-codes.ts';

const require = createRequire(import.meta.url);
const { jwk } = require('cognito-local/lib/keys/cognitoLocal.public.json') as { jwk: unknown };

export interface LocalCognitoOptions {
  /** Folder for cognito-local's data; the caller decides whether it starts empty. */
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** pino level; the server logs unexpected failures at "error". */
  logLevel?: string;
  /**
   * The page origins (scheme://host:port) a browser may call from. Requests without an
   * Origin header (Node clients, the AWS CLI) are not a browser's and are always served.
   */
  allowedOrigins?: readonly string[];
  /** The largest request body accepted; a larger one is answered 413. */
  maxBodyBytes?: number;
}

export interface LocalCognito {
  readonly endpoint: string;
  readonly port: number;
  /** Sets an app client's session lifetime in milliseconds, below Cognito's 3-minute floor for tests. */
  setSessionValidity(clientId: string, ms: number): void;
  /** Lets a page on one more origin call (a server whose port was known only after it started). */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/**
 * cognito-local's services and router, composed as its own server does, with our data
 * folder, our layer in front of its router, and our HTTP server in front of both.
 */
export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  const host = options.host ?? '127.0.0.1';
  const logger = pino({ level: options.logLevel ?? 'error' });
  const ctx = { logger };
  const config = structuredClone(DefaultConfig);
  config.UserPoolDefaults = {};
  config.TriggerFunctions = {};

  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(options.dataDir);
  const cognito = await new CognitoServiceFactoryImpl(
    options.dataDir,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  // No Lambda triggers are configured, so the Lambda client is never called.
  const noLambda = {} as ConstructorParameters<typeof LambdaService>[1];
  const triggers = new TriggersService(clock, cognito, new LambdaService({}, noLambda), new CryptoService(config.KMSConfig));
  const tokens = new TokenRegistry();
  const services: Services = {
    clock,
    cognito,
    config,
    messages: new MessagesService(triggers, new MessageDeliveryService(new ConsoleMessageSender())),
    otp,
    // Every token cognito-local or our layer issues is recorded, for refresh and revocation.
    tokenGenerator: tokens.recording(new JwtTokenGenerator(clock, triggers, config.TokenConfig)),
    triggers,
  };

  const validity = new SessionValidity();
  const layer = withSessionFlow({
    services,
    router: Router(services),
    sessions: new SessionStore(),
    validity,
    codes: new TotpCodes(),
    tokens,
  });
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const http: Server = createHttpFront({
    ...layer,
    logger,
    allowedOrigins,
    maxBodyBytes: options.maxBodyBytes,
    jwk,
    controls: [
      {
        // A test-only control, not part of Cognito's API: session lifetimes in seconds.
        pattern: /^\/_local\/app-clients\/([^/]+)\/auth-session-validity$/,
        handle: (match, body) => {
          const seconds = Number(typeof body === 'object' && body !== null && 'seconds' in body ? body.seconds : NaN);
          if (!Number.isFinite(seconds) || seconds <= 0) {
            return { status: 400, body: { message: 'Give {"seconds": a positive number}' } };
          }
          validity.set(decodeURIComponent(match[1] ?? ''), seconds * 1000);
          return { status: 204 };
        },
      },
    ],
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 9229, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const endpoint = `http://${host}:${port}`;
  // Tokens name their issuer after the address the server really got.
  config.TokenConfig.IssuerDomain = endpoint;

  return {
    endpoint,
    port,
    setSessionValidity: (clientId, ms) => validity.set(clientId, ms),
    allowOrigin: (origin) => void allowedOrigins.add(origin),
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
