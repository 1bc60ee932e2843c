import type { Association, EnrollmentAdapter } from './enrollment-adapter';
import { requestDeadlineMs } from './request-deadline';

/**
 * The adapter, with its first association already on its way: `adapter.associate` is called now, and
 * the wizard's first `associate` call gets that request's answer instead of sending another. For a
 * host that holds the credential before it renders the wizard (a sign-in answered MFA_SETUP): the key
 * is requested while the wizard renders, not after, which on a phone is tens of milliseconds sooner.
 *
 * Nothing else changes: one AssociateSoftwareToken per wizard, as without it. The request has the
 * deadline the wizard would give it (`requestTimeoutMs`, default 20 s); when the wizard stops waiting
 * for it (the user cancelled, the wizard's own deadline passed) it is aborted. Its failure is the
 * wizard's to show, once it asks; a second `associate` (Try again, a new key) is the adapter's own.
 * Give the result to one wizard, mounted now: an adapter is read once.
 */
export function associateAhead<Outcome>(
  adapter: EnrollmentAdapter<Outcome>,
  { requestTimeoutMs }: { requestTimeoutMs?: number | undefined } = {},
): EnrollmentAdapter<Outcome> {
  const controller = new AbortController();
  let ahead: Promise<Association> | undefined = adapter.associate({
    signal: controller.signal,
    timeoutMs: requestDeadlineMs(requestTimeoutMs),
  });
  // Not unhandled while the wizard renders: it receives this rejection when it asks for the key.
  ahead.catch(() => undefined);
  return {
    mode: adapter.mode,
    traits: adapter.traits,
    session: adapter.session,
    associate(call) {
      const answer = ahead;
      ahead = undefined;
      if (!answer) return adapter.associate(call);
      const stop = () => controller.abort(call.signal.reason);
      if (call.signal.aborted) stop();
      else call.signal.addEventListener('abort', stop, { once: true });
      return answer;
    },
    verify: (code, deviceName, call) => adapter.verify(code, deviceName, call),
    complete: (call) => adapter.complete(call),
  };
}
