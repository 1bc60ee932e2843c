// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAdapter } from '../test/fake-adapter';
import { sessionTraits, tokenTraits } from '../test/traits';
import { associateAhead } from './associate-ahead';
import type { CallContext } from './enrollment-adapter';
import { EnrollmentError } from './enrollment-error';
import { createEnrollmentStore, DEFAULT_REQUEST_TIMEOUT_MS } from './enrollment-store';

/** Lets answered promises settle. */
const flush = () => vi.advanceTimersByTimeAsync(0);
const wizardCall = (timeoutMs = 5_000): CallContext & { abort(reason?: unknown): void } => {
  const controller = new AbortController();
  return { signal: controller.signal, timeoutMs, abort: (reason) => controller.abort(reason) };
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('associateAhead', () => {
  it('asks for the key at once, with the deadline the wizard would give, before any wizard asks', () => {
    const fake = fakeAdapter();
    associateAhead(fake.adapter, { requestTimeoutMs: 9_000 });
    expect(fake.methods()).toEqual(['associate']);
    expect(fake.calls[0]?.context.timeoutMs).toBe(9_000);
    expect(fake.calls[0]?.context.signal.aborted).toBe(false);
    const defaulted = fakeAdapter();
    associateAhead(defaulted.adapter, { requestTimeoutMs: Number.NaN });
    expect(defaulted.calls[0]?.context.timeoutMs).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
  });

  it("gives that request's answer to the wizard's first associate, without a second request", async () => {
    const fake = fakeAdapter();
    const adapter = associateAhead(fake.adapter);
    const answer = adapter.associate(wizardCall());
    fake.calls[0]?.resolve({ secret: 'KEY', session: { validityMs: 180_000, issuedAt: 1 } });
    await expect(answer).resolves.toEqual({ secret: 'KEY', session: { validityMs: 180_000, issuedAt: 1 } });
    expect(fake.methods()).toEqual(['associate']);
  });

  it('gives an answer that came before the wizard asked, and its failure too, once it asks (never unhandled meanwhile)', async () => {
    const early = fakeAdapter();
    const answered = associateAhead(early.adapter);
    early.calls[0]?.resolve({ secret: 'KEY' });
    await flush();
    await expect(answered.associate(wizardCall())).resolves.toEqual({ secret: 'KEY' });

    const failing = fakeAdapter();
    const failed = associateAhead(failing.adapter);
    const error = new EnrollmentError({ kind: 'network', operation: 'associate', name: 'TypeError', outcomeUnknown: true });
    failing.calls[0]?.reject(error);
    await flush();
    await expect(failed.associate(wizardCall())).rejects.toBe(error);
  });

  it("sends a second associate (Try again, a new key) through the adapter, with the wizard's own deadline and signal", () => {
    const fake = fakeAdapter(tokenTraits);
    const adapter = associateAhead(fake.adapter);
    void adapter.associate(wizardCall());
    const again = wizardCall(7_000);
    void adapter.associate(again);
    expect(fake.methods()).toEqual(['associate', 'associate']);
    expect(fake.calls[1]?.context).toBe(again);
  });

  it('aborts the request ahead when the wizard stops waiting for it, or had already stopped', () => {
    const fake = fakeAdapter();
    const call = wizardCall();
    void associateAhead(fake.adapter).associate(call);
    expect(fake.calls[0]?.context.signal.aborted).toBe(false);
    call.abort('cancelled');
    expect(fake.calls[0]?.context.signal.aborted).toBe(true);
    expect(fake.calls[0]?.context.signal.reason).toBe('cancelled');

    const late = fakeAdapter();
    const stopped = wizardCall();
    stopped.abort('gone');
    void associateAhead(late.adapter).associate(stopped);
    expect(late.calls[0]?.context.signal.reason).toBe('gone');
  });

  it("is the adapter in all else: its mode, traits and session, and verify and complete with the wizard's arguments", () => {
    const session = { validityMs: 300_000, issuedAt: 42 };
    const fake = fakeAdapter(sessionTraits, session);
    const adapter = associateAhead(fake.adapter);
    expect({ mode: adapter.mode, traits: adapter.traits, session: adapter.session }).toEqual({
      mode: 'session',
      traits: sessionTraits,
      session,
    });
    const call = wizardCall();
    void adapter.verify('123456', 'Phone', call);
    void adapter.complete(call);
    expect(fake.calls.slice(1).map(({ method, args }) => [method, args])).toEqual([
      ['verify', ['123456', 'Phone', call]],
      ['complete', [call]],
    ]);
  });

  it("takes a wizard's store to the key with the one request sent ahead", async () => {
    const fake = fakeAdapter();
    const store = createEnrollmentStore({ adapter: associateAhead(fake.adapter) });
    fake.calls[0]?.resolve({ secret: 'JBSWY3DPEHPK3PXP' });
    store.activate();
    await flush();
    expect(store.getSnapshot().state).toMatchObject({ step: 'setup', secret: 'JBSWY3DPEHPK3PXP' });
    expect(fake.methods()).toEqual(['associate']);
  });
});
