import { HttpResponse } from '@smithy/core/protocols';
import type { HttpHandlerOptions, HttpRequest, RequestHandler } from '@smithy/types';

/** What the fake network saw and how it answers: the SDK's real client, retry and parsing above it. */
export function fakeNetwork(answer: (attempt: number, options: HttpHandlerOptions) => Promise<HttpResponse>) {
  const seen: { target: string; requestTimeout?: number }[] = [];
  const handler: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> = {
    handle: async (request, options = {}) => {
      seen.push({ target: String(request.headers['x-amz-target']), requestTimeout: options.requestTimeout });
      return { response: await answer(seen.length, options) };
    },
  };
  return { handler, seen };
}

/** An HTTP answer with a JSON body, as Cognito sends them. */
export const json = (statusCode: number, body: string) =>
  Promise.resolve(
    new HttpResponse({ statusCode, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: new TextEncoder().encode(body) }),
  );

/** A Cognito error answer on the wire. */
export const cognitoErrorAnswer = (status: number, type: string) =>
  json(status, JSON.stringify({ __type: type, message: `${type} (test)` }));

/** A request that hangs until it is aborted, as a real handler does (an abort before it starts ends it at once). */
export const never = (_attempt: number, { abortSignal }: HttpHandlerOptions) =>
  new Promise<HttpResponse>((_resolve, reject) => {
    const aborted = () => reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }));
    if (abortSignal?.aborted) aborted();
    else if (abortSignal) abortSignal.onabort = aborted;
  });

/** The reason a promise rejects with; fails the test if it resolves. */
export const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
