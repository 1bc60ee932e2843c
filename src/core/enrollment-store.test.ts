// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionTraits, tokenTraits } from '../test/traits';
import type { AdapterTraits, SessionSignal } from './enrollment-adapter';
import { fakeAdapter, type Call } from '../test/fake-adapter';
import { EnrollmentError } from './enrollment-error';
import type { CompletionOutcome } from './enrollment-types';
import type { OneTimeCode } from './one-time-code';
import { createEnrollmentStore, DEFAULT_REQUEST_TIMEOUT_MS, type EnrollmentStore } from './enrollment-store';

const MINUTE = 60_000;
const session3m: SessionSignal = { validityMs: 3 * MINUTE };
const code = '123456' as OneTimeCode;
const tokens: CompletionOutcome = { mode: 'session', authenticationResult: { AccessToken: 'a' } };
/** Lets answered promises reach the store. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** A store on screen whose Associate has answered with a key: the setup step. */
async function storeAtSetup(traits?: AdapterTraits) {
  const fake = fakeAdapter(traits);
  const store = createEnrollmentStore({ adapter: fake.adapter });
  store.activate();
  fake.calls[0]?.resolve({ secret: 'KEY' });
  await flush();
  return { ...fake, store };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createEnrollmentStore', () => {
  describe('when first activated', () => {
    it('associates once, and not again on re-activation (StrictMode, a remount)', async () => {
      const { adapter, methods } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      expect(store.getSnapshot()).toEqual({ state: { step: 'associating' }, timeLeftMs: null, runningOut: false });
      expect(methods()).toEqual([]);
      const deactivate = store.activate();
      deactivate();
      store.activate();
      store.activate();
      await flush();
      expect(methods()).toEqual(['associate']);
    });

    it('starts the session clock from when the session was issued, never from the future', () => {
      const issuedAt = Date.now() - MINUTE;
      const store = createEnrollmentStore({ adapter: fakeAdapter(sessionTraits, { ...session3m, issuedAt }).adapter });
      expect(store.getSnapshot().timeLeftMs).toBeNull();
      store.activate();
      expect(store.getSnapshot().timeLeftMs).toBe(2 * MINUTE);
      const ahead = createEnrollmentStore({ adapter: fakeAdapter(sessionTraits, { ...session3m, issuedAt: Date.now() + MINUTE }).adapter });
      ahead.activate();
      expect(ahead.getSnapshot().timeLeftMs).toBe(3 * MINUTE);
    });

    it.each([
      ['had run out', 4 * MINUTE],
      ['runs out that very moment', 3 * MINUTE],
    ])('fails at once, sending nothing, when the session %s', (_case, age) => {
      const { adapter, methods } = fakeAdapter(sessionTraits, { ...session3m, issuedAt: Date.now() - age });
      const store = createEnrollmentStore({ adapter });
      store.activate();
      expect(store.getSnapshot().state).toMatchObject({ step: 'failed', error: { kind: 'session-expired' }, enrolled: false });
      expect(methods()).toEqual([]);
    });

    it('associates while a millisecond of the session is left', () => {
      const { adapter, methods } = fakeAdapter(sessionTraits, { ...session3m, issuedAt: Date.now() - 3 * MINUTE + 1 });
      createEnrollmentStore({ adapter }).activate();
      expect(methods()).toEqual(['associate']);
    });

    it('holds a request asked for before it, and tells the host nothing until then', () => {
      const { adapter, methods } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      const onStepChange = vi.fn();
      store.setCallbacks({ onStepChange });
      store.send({ type: 'request-failed', error: { kind: 'network', operation: 'associate', name: 'TypeError' } });
      expect(store.send({ type: 'retry-requested' })).toBe(true);
      expect(methods()).toEqual([]);
      expect(onStepChange).not.toHaveBeenCalled();
      store.activate();
      expect(methods()).toEqual(['associate']);
    });

    it('has no clock for an adapter that holds no session', async () => {
      const { store } = await storeAtSetup(tokenTraits);
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'setup' }, timeLeftMs: null, runningOut: false });
    });
  });

  describe('given the session clock', () => {
    async function atSetup(answeredAfterMs = 10_000) {
      const fake = fakeAdapter(sessionTraits, session3m);
      const store = createEnrollmentStore({ adapter: fake.adapter });
      store.activate();
      // Some seconds later (within the request deadline) Cognito answers with a new session.
      await vi.advanceTimersByTimeAsync(answeredAfterMs);
      fake.calls[0]?.resolve({ secret: 'KEY', session: session3m });
      await flush();
      return { ...fake, store };
    }

    it('restarts with each new session the adapter signals', async () => {
      const { store, calls } = await atSetup();
      expect(store.getSnapshot().timeLeftMs).toBe(3 * MINUTE);
      await vi.advanceTimersByTimeAsync(MINUTE);
      expect(store.getSnapshot().timeLeftMs).toBe(2 * MINUTE);
      store.send({ type: 'code-submitted', code });
      calls[1]?.resolve({ session: session3m });
      await flush();
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'completing' }, timeLeftMs: 3 * MINUTE });
    });

    it('counts each session in whole seconds from its arrival, whatever happens in between', async () => {
      // Half a second off the first session's seconds.
      const { store } = await atSetup(10_500);
      await vi.advanceTimersByTimeAsync(999);
      expect(store.getSnapshot().timeLeftMs).toBe(3 * MINUTE);
      await vi.advanceTimersByTimeAsync(1);
      expect(store.getSnapshot().timeLeftMs).toBe(3 * MINUTE - 1_000);
      // A code submitted half a second later brings no new session: the count goes on as it was.
      await vi.advanceTimersByTimeAsync(500);
      store.send({ type: 'code-submitted', code });
      await vi.advanceTimersByTimeAsync(500);
      expect(store.getSnapshot().timeLeftMs).toBe(3 * MINUTE - 2_000);
    });

    it('goes on counting on a failed screen that offers a retry, and withdraws the retry when the session runs out', async () => {
      const { adapter, calls } = fakeAdapter(sessionTraits, session3m);
      const store = createEnrollmentStore({ adapter });
      const onStepChange = vi.fn();
      const onError = vi.fn();
      store.setCallbacks({ onStepChange, onError });
      store.activate();
      calls[0]?.reject(new EnrollmentError({ kind: 'network', operation: 'associate', name: 'TypeError', outcomeUnknown: true }));
      await flush();
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'failed', retry: { operation: 'associate' } }, timeLeftMs: 3 * MINUTE });
      await vi.advanceTimersByTimeAsync(3 * MINUTE);
      expect(store.getSnapshot()).toMatchObject({
        state: { step: 'failed', error: { kind: 'session-expired' }, retry: null },
        timeLeftMs: null,
      });
      // The same screen with another error: one step, two errors.
      expect(onStepChange.mock.calls.flat()).toEqual(['failed']);
      expect(onError.mock.calls.flat()).toMatchObject([{ kind: 'network' }, { kind: 'session-expired' }]);
    });

    it('stops telling a listener once it unsubscribes', async () => {
      const { store } = await atSetup();
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(listener).toHaveBeenCalledOnce();
      unsubscribe();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(listener).toHaveBeenCalledOnce();
    });

    it('warns once per session, under a minute left', async () => {
      const { store } = await atSetup();
      const readings: { runningOut: boolean; timeLeftMs: number | null }[] = [];
      store.subscribe(() => readings.push(store.getSnapshot()));
      await vi.advanceTimersByTimeAsync(2 * MINUTE + 59_000);
      const turnedOn = readings.filter((reading, index) => reading.runningOut && !readings[index - 1]?.runningOut);
      expect(turnedOn).toMatchObject([{ runningOut: true, timeLeftMs: 59_000 }]);
      expect(readings.at(-1)).toMatchObject({ runningOut: true, timeLeftMs: 1_000 });
    });

    it('ends an idle setup screen when the session runs out, and then stops', async () => {
      const { store, methods } = await atSetup();
      const listener = vi.fn();
      store.subscribe(listener);
      await vi.advanceTimersByTimeAsync(3 * MINUTE);
      expect(store.getSnapshot()).toMatchObject({
        state: { step: 'failed', error: { kind: 'session-expired' } },
        timeLeftMs: null,
        runningOut: false,
      });
      listener.mockClear();
      await vi.advanceTimersByTimeAsync(5 * MINUTE);
      expect(listener).not.toHaveBeenCalled();
      expect(methods()).toEqual(['associate']);
    });

    it('leaves a request in flight at the deadline to Cognito to judge', async () => {
      const { store, calls } = await atSetup();
      await vi.advanceTimersByTimeAsync(2 * MINUTE + 50_000);
      store.send({ type: 'code-submitted', code });
      await vi.advanceTimersByTimeAsync(15_000);
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'verifying' }, timeLeftMs: 0 });
      calls[1]?.resolve({ session: session3m });
      await flush();
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'completing' }, timeLeftMs: 3 * MINUTE });
    });

    it('stops once the enrollment is done', async () => {
      const { store, calls } = await atSetup();
      store.send({ type: 'code-submitted', code });
      calls[1]?.resolve({ session: session3m });
      await flush();
      calls[2]?.resolve(tokens);
      await flush();
      const listener = vi.fn();
      store.subscribe(listener);
      await vi.advanceTimersByTimeAsync(5 * MINUTE);
      expect(store.getSnapshot()).toMatchObject({ state: { step: 'done' }, timeLeftMs: null });
      expect(listener).not.toHaveBeenCalled();
    });

    it('does not tick while the wizard is off screen', async () => {
      const fake = fakeAdapter(sessionTraits, session3m);
      const store = createEnrollmentStore({ adapter: fake.adapter });
      const deactivate = store.activate();
      deactivate();
      const listener = vi.fn();
      store.subscribe(listener);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('given a request', () => {
    it.each<[string, number | undefined, number]>([
      ['a positive number of ms', 5_000, 5_000],
      ['no timeout', undefined, DEFAULT_REQUEST_TIMEOUT_MS],
      ['zero', 0, DEFAULT_REQUEST_TIMEOUT_MS],
      ['a negative number', -1, DEFAULT_REQUEST_TIMEOUT_MS],
      ['NaN', Number.NaN, DEFAULT_REQUEST_TIMEOUT_MS],
      ['Infinity', Number.POSITIVE_INFINITY, DEFAULT_REQUEST_TIMEOUT_MS],
    ])('given %s as the timeout, gives the adapter its deadline', (_case, requestTimeoutMs, deadline) => {
      const { adapter, calls } = fakeAdapter();
      createEnrollmentStore({ adapter, requestTimeoutMs }).activate();
      expect(calls[0]?.context.timeoutMs).toBe(deadline);
      expect(calls[0]?.context.signal.aborted).toBe(false);
    });

    it('says whether an event moved the wizard: a second submit while the code is checked changes nothing', async () => {
      const { store, methods } = await storeAtSetup();
      expect(store.send({ type: 'code-submitted', code })).toBe(true);
      const checking = store.getSnapshot();
      const listener = vi.fn();
      store.subscribe(listener);
      expect(store.send({ type: 'code-submitted', code })).toBe(false);
      expect(store.getSnapshot()).toBe(checking);
      expect(listener).not.toHaveBeenCalled();
      expect(methods()).toEqual(['associate', 'verify']);
    });

    it('fails it as a timeout whose outcome is unknown when no answer comes in time, and aborts it', async () => {
      const { adapter, calls } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      store.activate();
      await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS - 1);
      expect(store.getSnapshot().state.step).toBe('associating');
      await vi.advanceTimersByTimeAsync(1);
      expect(store.getSnapshot().state).toMatchObject({
        step: 'failed',
        error: { kind: 'timeout', operation: 'associate', name: 'TimeoutError', outcomeUnknown: true },
        retry: { operation: 'associate' },
      });
      expect(calls[0]?.context.signal.aborted).toBe(true);
      // An answer after the deadline no longer counts.
      calls[0]?.resolve({ secret: 'KEY' });
      await flush();
      expect(store.getSnapshot().state.step).toBe('failed');
    });

    it('drops the answer to a request superseded by a newer one, and cancel still aborts the newer one', async () => {
      const { adapter, calls, methods } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      store.activate();
      store.send({ type: 'request-failed', error: { kind: 'network', operation: 'associate', name: 'TypeError' } });
      store.send({ type: 'retry-requested' });
      expect(methods()).toEqual(['associate', 'associate']);
      calls[0]?.resolve({ secret: 'OLDKEY' });
      await flush();
      expect(store.getSnapshot().state).toEqual({ step: 'associating' });
      store.cancel();
      expect(calls[1]?.context.signal.aborted).toBe(true);
    });

    it('reports a plain rejection as unknown, with its outcome unknown', async () => {
      const { adapter, calls } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      store.activate();
      calls[0]?.reject(new RangeError('host adapter bug'));
      await flush();
      expect(store.getSnapshot().state).toMatchObject({
        step: 'failed',
        error: { kind: 'unknown', name: 'RangeError', outcomeUnknown: true },
      });
    });
  });

  describe('when the wizard goes off screen', () => {
    it('applies a late answer without telling the host, and sends nothing more', async () => {
      const { adapter, calls, methods } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      const onStepChange = vi.fn();
      store.setCallbacks({ onStepChange });
      const deactivate = store.activate();
      deactivate();
      calls[0]?.resolve({ secret: 'KEY' });
      await flush();
      expect(store.getSnapshot().state.step).toBe('setup');
      expect(onStepChange).not.toHaveBeenCalled();
      expect(methods()).toEqual(['associate']);
    });

    it('defers the request a late answer asks for until it is back', async () => {
      const { store, calls, methods } = await storeAtSetup();
      store.send({ type: 'code-submitted', code });
      const deactivate = store.activate();
      deactivate();
      deactivate();
      calls[1]?.resolve({});
      await flush();
      expect(store.getSnapshot().state.step).toBe('completing');
      expect(methods()).toEqual(['associate', 'verify']);
      store.activate();
      expect(methods()).toEqual(['associate', 'verify', 'complete']);
    });
  });

  describe('when the user cancels', () => {
    it('aborts the request in flight, drops its answer, and calls onCancel once', async () => {
      const { adapter, calls, methods } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      const onCancel = vi.fn();
      const onStepChange = vi.fn();
      store.setCallbacks({ onCancel, onStepChange });
      store.activate();
      calls[0]?.resolve({ secret: 'KEY' });
      await flush();
      store.send({ type: 'code-submitted', code });
      store.cancel();
      store.cancel();
      expect(calls[1]?.context.signal.aborted).toBe(true);
      calls[1]?.resolve({});
      await flush();
      expect(store.getSnapshot().state.step).toBe('verifying');
      expect(methods()).toEqual(['associate', 'verify']);
      expect(onCancel).toHaveBeenCalledOnce();
      expect(onStepChange).toHaveBeenCalledTimes(2);
    });

    it('aborts nothing when no request is in flight', async () => {
      const { adapter, calls } = fakeAdapter();
      const store = createEnrollmentStore({ adapter });
      const onCancel = vi.fn();
      store.setCallbacks({ onCancel });
      store.activate();
      calls[0]?.resolve({ secret: 'KEY' });
      await flush();
      store.cancel();
      expect(calls[0]?.context.signal.aborted).toBe(false);
      expect(onCancel).toHaveBeenCalledOnce();
    });

    it('takes no more events and lets the clock stop', async () => {
      const { adapter, calls } = fakeAdapter(sessionTraits, session3m);
      const store = createEnrollmentStore({ adapter });
      store.activate();
      calls[0]?.resolve({ secret: 'KEY', session: session3m });
      await flush();
      store.cancel();
      const listener = vi.fn();
      store.subscribe(listener);
      expect(store.send({ type: 'code-submitted', code })).toBe(false);
      await vi.advanceTimersByTimeAsync(5 * MINUTE);
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('given host callbacks', () => {
    let store: EnrollmentStore;
    let calls: Call[];
    beforeEach(() => {
      const fake = fakeAdapter(tokenTraits);
      store = createEnrollmentStore({ adapter: fake.adapter });
      calls = fake.calls;
    });

    it('reports each step, each new error and the result once, to the newest callbacks', async () => {
      const first = vi.fn();
      const onStepChange = vi.fn();
      const onError = vi.fn();
      const onComplete = vi.fn();
      store.setCallbacks({ onStepChange: first });
      store.setCallbacks({ onStepChange, onError, onComplete });
      store.activate();
      calls[0]?.resolve({ secret: 'KEY' });
      await flush();
      store.send({ type: 'code-submitted', code, deviceName: 'Phone' });
      calls[1]?.reject(new EnrollmentError({ kind: 'code-mismatch', operation: 'verify', name: 'CodeMismatchException' }));
      await flush();
      store.send({ type: 'code-submitted', code });
      calls[2]?.resolve({});
      await flush();
      calls[3]?.resolve({ mode: 'accessToken' });
      await flush();
      expect(first).not.toHaveBeenCalled();
      expect(onStepChange.mock.calls.flat()).toEqual(['setup', 'verifying', 'setup', 'verifying', 'completing', 'done']);
      expect(onError).toHaveBeenCalledExactlyOnceWith({ kind: 'code-mismatch', operation: 'verify', name: 'CodeMismatchException' });
      expect(onComplete).toHaveBeenCalledExactlyOnceWith({ mode: 'accessToken' });
    });

    it('goes on when a callback throws, handing the error to the page', async () => {
      const reported: unknown[] = [];
      vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
      try {
        store.setCallbacks({
          onStepChange: () => {
            throw new Error('host bug');
          },
        });
        store.activate();
        calls[0]?.resolve({ secret: 'KEY' });
        await flush();
        expect(store.getSnapshot().state.step).toBe('setup');
        expect(reported).toEqual([new Error('host bug')]);
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('throws it from a microtask where the page has no reportError, never swallowing it', () => {
      const queued: (() => void)[] = [];
      vi.stubGlobal('reportError', undefined);
      vi.stubGlobal('queueMicrotask', (task: () => void) => queued.push(task));
      try {
        store.setCallbacks({
          onCancel: () => {
            throw new Error('host bug');
          },
        });
        store.cancel();
      } finally {
        vi.unstubAllGlobals();
      }
      expect(queued).toHaveLength(1);
      expect(() => queued[0]?.()).toThrow('host bug');
    });

    it('reports nothing to the page when the host gave no callbacks', async () => {
      const reported: unknown[] = [];
      vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
      try {
        store.activate();
        calls[0]?.resolve({ secret: 'KEY' });
        await flush();
        store.send({ type: 'code-submitted', code });
        calls[1]?.reject(new EnrollmentError({ kind: 'code-mismatch', operation: 'verify', name: 'CodeMismatchException' }));
        await flush();
        store.cancel();
        expect(store.getSnapshot().state).toMatchObject({ step: 'setup', error: { kind: 'code-mismatch' } });
        expect(reported).toEqual([]);
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });
});
