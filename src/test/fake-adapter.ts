import type { AdapterTraits, CallContext, EnrollmentAdapter, SessionSignal } from '../core/enrollment-adapter';
import { sessionTraits } from './traits';

/** One call the wizard made, answered when the test says so. */
export interface Call {
  method: 'associate' | 'verify' | 'complete';
  args: unknown[];
  context: CallContext;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/** An adapter whose every call waits for the test to answer it. */
export function fakeAdapter(traits: AdapterTraits = sessionTraits, session?: SessionSignal) {
  const calls: Call[] = [];
  const waiting =
    (method: Call['method']) =>
    (...args: unknown[]) =>
      new Promise<never>((resolve, reject) => {
        calls.push({ method, args, context: args.at(-1) as CallContext, resolve: resolve as (value: unknown) => void, reject });
      });
  const adapter: EnrollmentAdapter = {
    mode: traits.canReplaceKey ? 'accessToken' : 'session',
    traits,
    session,
    associate: waiting('associate'),
    verify: waiting('verify'),
    complete: waiting('complete'),
  };
  return { adapter, calls, methods: () => calls.map((call) => call.method) };
}

