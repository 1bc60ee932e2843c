import type {
  CognitoIdentityProviderClient,
  CognitoIdentityProviderClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AbsoluteLocation, Command, FinalizeRequestHandlerOptions } from '@smithy/types';

/** A command of the Cognito client. */
export type CognitoCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes> = Command<
  ServiceInputTypes,
  Input,
  ServiceOutputTypes,
  Output,
  CognitoIdentityProviderClientResolvedConfig
>;

export interface SendOptions {
  /**
   * Whether the call spends what it carries (a sign-in session, a password attempt, a code): then it is
   * sent exactly once, whatever the client's retry settings, because a resend after Cognito processed
   * the first (its answer lost) meets "session can only be used once" and hides what happened.
   * Idempotent reads keep the client's retries with backoff.
   */
  once: boolean;
  /** How long the request may take, in ms, before it fails with a TimeoutError. */
  timeoutMs: number;
  /** Aborts the request when its answer is no longer wanted. */
  signal?: AbortSignal | undefined;
}

/**
 * The SDK's retry middleware for one command, replaced by a single attempt: the SDK's own mechanism
 * (a command's middleware overrides the client's of the same name), so a host's client keeps its
 * settings for every other call.
 */
const singleAttempt: FinalizeRequestHandlerOptions & AbsoluteLocation & { override: true } = {
  name: 'retryMiddleware',
  tags: ['RETRY'],
  step: 'finalizeRequest',
  priority: 'high',
  override: true,
};

/**
 * Sends one command with a deadline. The SDK is configured for it rather than wrapped: its retry
 * middleware (see `once`) and its request handler's `requestTimeout`. An abort at the same deadline
 * also ends an answer that started but stalls, which the handler's timeout does not cover.
 */
export async function sendCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
  client: CognitoIdentityProviderClient,
  command: CognitoCommand<Input, Output>,
  { once, timeoutMs, signal }: SendOptions,
): Promise<Output> {
  if (once) command.middlewareStack.add((next) => (args) => next(args), singleAttempt);
  const deadline = new AbortController();
  const stop = () => deadline.abort();
  const timer = setTimeout(stop, timeoutMs);
  if (signal?.aborted) stop();
  // A signal aborts once, and the listener goes when the request ends (finally): no `once` needed.
  signal?.addEventListener('abort', stop);
  try {
    return await client.send(command, { abortSignal: deadline.signal, requestTimeout: timeoutMs });
  } catch (reason) {
    // Our deadline, not the caller's abort: say so as the request handler's own timeout would.
    if (deadline.signal.aborted && !signal?.aborted) throw timeoutError(timeoutMs);
    throw reason;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

function timeoutError(ms: number): Error {
  const error = new Error(`No answer within ${ms} ms`);
  error.name = 'TimeoutError';
  return error;
}
