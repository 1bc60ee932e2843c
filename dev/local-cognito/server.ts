import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// aws-sdk v2, which cognito-local loads, prints an end-of-support notice at import.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
import { createServer } from 'cognito-local';
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
import pino from 'pino';
import { withSessionFlow, SessionValidity } from './session-flow.ts';
import { SessionStore } from './sessions.ts';

export interface LocalCognitoOptions {
  /** Folder for cognito-local's data; the caller decides whether it starts empty. */
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** pino level; cognito-local logs every failed request at "warn". */
  logLevel?: string;
}

export interface LocalCognito {
  readonly endpoint: string;
  readonly port: number;
  /** Sets an app client's session lifetime in milliseconds, below Cognito's 3-minute floor for tests. */
  setSessionValidity(clientId: string, ms: number): void;
  close(): Promise<void>;
}

/**
 * cognito-local's own server, composed from its parts as its default does, with
 * our data folder and our session layer in front of its router.
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
  const services: Services = {
    clock,
    cognito,
    config,
    messages: new MessagesService(triggers, new MessageDeliveryService(new ConsoleMessageSender())),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };

  const sessions = new SessionStore();
  const validity = new SessionValidity();
  const server = createServer(withSessionFlow(Router(services), services, sessions, validity), logger, {
    ...config.ServerConfig,
    hostname: host,
    port: options.port ?? 9229,
  }, services);

  // A test-only control, not part of Cognito's API: session lifetimes in seconds.
  const route = '/_local/app-clients/:clientId/auth-session-validity';
  server.application.put(route, (req: IncomingMessage & { params: { clientId: string } }, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      let seconds = NaN;
      try {
        seconds = Number((JSON.parse(body || '{}') as { seconds?: unknown }).seconds);
      } catch {
        // Not JSON: answered like every other bad request below.
      }
      if (!Number.isFinite(seconds) || seconds <= 0) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"Give {\\"seconds\\": a positive number}"}');
        return;
      }
      validity.set(req.params.clientId, seconds * 1000);
      res.writeHead(204).end();
    });
  });

  const http: Server = await server.start();
  const port = (http.address() as AddressInfo).port;
  const endpoint = `http://${host}:${port}`;
  // Tokens name their issuer after the address the server really got.
  config.TokenConfig.IssuerDomain = endpoint;

  return {
    endpoint,
    port,
    setSessionValidity: (clientId, ms) => validity.set(clientId, ms),
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
