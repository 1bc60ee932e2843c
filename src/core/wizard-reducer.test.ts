// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionTraits, tokenTraits } from '../test/traits';
import type { AdapterTraits } from './enrollment-adapter';
import type { WizardError, WizardErrorKind } from './error-kinds';
import type { OneTimeCode } from './one-time-code';
import {
  effectOf,
  enrolledOf,
  initialWizardState,
  isBusy,
  newKeyOffered,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from './wizard-reducer';

const error = (kind: WizardErrorKind, operation: WizardError['operation']): WizardError => ({
  kind,
  operation,
  name: 'TestError',
});
/** A failure whose request may have done its work (no answer, a 5xx, an unreadable answer). */
const lostAnswer = (kind: WizardErrorKind, operation: WizardError['operation']): WizardError => ({
  ...error(kind, operation),
  outcomeUnknown: true,
});
/** A code as validateCode hands it over. */
const code = (digits: string) => digits as OneTimeCode;
const tokens = { AccessToken: 'a', IdToken: 'i', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' };

const associating: WizardState = initialWizardState;
const setup: WizardState = { step: 'setup', secret: 'KEY' };
const verifying: WizardState = { step: 'verifying', secret: 'KEY', code: code('123456'), deviceName: 'Phone' };
const completing: WizardState = { step: 'completing', secret: 'KEY', deviceName: 'Phone' };
const done: WizardState = { step: 'done', result: { mode: 'accessToken' } };
const failedRetryAssociate: WizardState = {
  step: 'failed',
  error: error('network', 'associate'),
  retry: { operation: 'associate' },
  enrolled: false,
};
const failedRetryComplete: WizardState = {
  step: 'failed',
  error: error('internal-error', 'complete'),
  retry: { operation: 'complete', enrollment: { secret: 'KEY', deviceName: 'Phone' } },
  enrolled: true,
};
const failedFinal: WizardState = { step: 'failed', error: error('session-used', 'verify'), retry: null, enrolled: false };
const failedKeyRefused: WizardState = {
  step: 'failed',
  error: error('invalid-parameter', 'complete'),
  retry: null,
  enrolled: true,
};
const sessionTimeout: WizardError = { kind: 'session-expired', operation: null, name: 'SessionTimeout' };
const adapters: readonly AdapterTraits[] = [sessionTraits, tokenTraits];

describe('wizardReducer', () => {
  describe('given an event that fits the state (either adapter)', () => {
    it.each<[string, WizardState, WizardEvent, WizardState]>([
      [
        'association gives the setup screen with the key',
        associating,
        { type: 'associated', secret: 'KEY' },
        { step: 'setup', secret: 'KEY' },
      ],
      [
        'a code starts verifying with that code and device name',
        setup,
        { type: 'code-submitted', code: code('123456'), deviceName: 'Phone' },
        { step: 'verifying', secret: 'KEY', code: code('123456'), deviceName: 'Phone' },
      ],
      [
        'a new submit after a wrong code clears the error',
        { ...setup, error: error('code-mismatch', 'verify'), refusedCodes: 1 },
        { type: 'code-submitted', code: code('654321') },
        { step: 'verifying', secret: 'KEY', code: code('654321'), deviceName: undefined, refusedCodes: 1 },
      ],
      [
        'verification moves on to completing',
        verifying,
        { type: 'verified' },
        { step: 'completing', secret: 'KEY', deviceName: 'Phone' },
      ],
      [
        'completion in session mode hands over the tokens and the device name',
        completing,
        { type: 'completed', outcome: { mode: 'session', authenticationResult: tokens } },
        { step: 'done', result: { mode: 'session', authenticationResult: tokens, friendlyDeviceName: 'Phone' } },
      ],
      [
        'completion in access-token mode without a device name',
        { step: 'completing', secret: 'KEY' },
        { type: 'completed', outcome: { mode: 'accessToken' } },
        { step: 'done', result: { mode: 'accessToken' } },
      ],
      [
        'a failed association that may pass offers to associate again',
        associating,
        { type: 'request-failed', error: error('network', 'associate') },
        failedRetryAssociate,
      ],
      [
        'a failed association that will not pass offers nothing',
        associating,
        { type: 'request-failed', error: error('mfa-not-enabled', 'associate') },
        { step: 'failed', error: error('mfa-not-enabled', 'associate'), retry: null, enrolled: false },
      ],
      [
        'a wrong code keeps key and device name, and counts the refusal',
        verifying,
        { type: 'request-failed', error: error('enable-mfa-failed', 'verify') },
        { step: 'setup', secret: 'KEY', deviceName: 'Phone', error: error('enable-mfa-failed', 'verify'), refusedCodes: 1 },
      ],
      [
        'throttling while verifying keeps everything, and refused no code',
        verifying,
        { type: 'request-failed', error: error('too-many-requests', 'verify') },
        { step: 'setup', secret: 'KEY', deviceName: 'Phone', error: error('too-many-requests', 'verify') },
      ],
      [
        'a used session while verifying fails for good',
        verifying,
        { type: 'request-failed', error: error('session-used', 'verify') },
        failedFinal,
      ],
      ['retrying an association starts it again', failedRetryAssociate, { type: 'retry-requested' }, associating],
      [
        'retrying a completion completes again (the adapter keeps its session)',
        failedRetryComplete,
        { type: 'retry-requested' },
        { step: 'completing', secret: 'KEY', deviceName: 'Phone' },
      ],
      [
        'the session clock running out on the setup screen',
        setup,
        { type: 'session-timed-out' },
        { step: 'failed', error: sessionTimeout, retry: null, enrolled: false },
      ],
      [
        'the session clock running out while a failed request waits for a retry',
        failedRetryAssociate,
        { type: 'session-timed-out' },
        { step: 'failed', error: sessionTimeout, retry: null, enrolled: false },
      ],
      [
        'the session clock running out after a failed completion remembers the code was accepted',
        failedRetryComplete,
        { type: 'session-timed-out' },
        { step: 'failed', error: sessionTimeout, retry: null, enrolled: true },
      ],
    ])('%s', (_case, state, event, expected) => {
      for (const traits of adapters) expect(wizardReducer(state, event, traits)).toEqual(expected);
    });
  });

  describe('given a request fails after Cognito accepted the code', () => {
    it.each<[string, WizardError, boolean]>([
      ['a passing failure offers to complete again', error('internal-error', 'complete'), true],
      ['a lasting failure offers nothing', error('session-expired', 'complete'), false],
      ['a refused request offers nothing to send again', error('invalid-parameter', 'complete'), false],
    ])('%s; enrolled as the adapter declares (session: yes, access token: maybe)', (_case, failure, retries) => {
      for (const traits of adapters) {
        const next = wizardReducer(completing, { type: 'request-failed', error: failure }, traits);
        expect(next).toEqual({
          step: 'failed',
          error: failure,
          retry: retries ? { operation: 'complete', enrollment: { secret: 'KEY', deviceName: 'Phone' } } : null,
          enrolled: traits.verifiedMeansEnrolled,
        });
      }
    });
  });

  describe('given a Verify whose outcome is unknown', () => {
    const lost = lostAnswer('network', 'verify');
    const missingSession: WizardError = { kind: 'unknown', operation: 'verify', name: 'MissingSession', outcomeUnknown: true };
    const uncertain: WizardState = { ...setup, error: lost, deviceName: 'Phone', verifyOutcomeUnknown: true };

    it.each<[string, WizardError]>([
      ['its answer was lost', lost],
      ['it answered without the next session', missingSession],
      ['Cognito answered 500 (a server error: it may have done the work)', lostAnswer('internal-error', 'verify')],
      ['a proxy answered 504', lostAnswer('unknown', 'verify')],
      ['no answer came before the deadline', lostAnswer('timeout', 'verify')],
    ])('when %s, goes back to setup remembering that Cognito may have registered the key', (_case, failure) => {
      for (const traits of adapters) {
        expect(wizardReducer(verifying, { type: 'request-failed', error: failure }, traits)).toEqual({
          ...setup,
          error: failure,
          deviceName: 'Phone',
          verifyOutcomeUnknown: true,
        });
      }
    });

    it('carries that into the next Verify', () => {
      const next = wizardReducer(uncertain, { type: 'code-submitted', code: code('654321') }, sessionTraits);
      expect(next).toMatchObject({ step: 'verifying', code: '654321', verifyOutcomeUnknown: true });
      expect(effectOf(uncertain, next)).toEqual({ type: 'verify', code: '654321', deviceName: undefined });
    });

    it.each<[string, WizardError]>([
      ['the session turns out used', error('session-used', 'verify')],
      ['the session turns out expired', error('session-expired', 'verify')],
      ['the token is refused', error('not-authorized', 'verify')],
    ])('when %s at the next Verify, fails with the enrollment unknown', (_case, failure) => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      for (const traits of adapters) {
        expect(wizardReducer(retried, { type: 'request-failed', error: failure }, traits)).toEqual({
          step: 'failed',
          error: failure,
          retry: null,
          enrolled: 'unknown',
        });
      }
    });

    it('keeps it unknown through a wrong code at the next Verify', () => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      const next = wizardReducer(retried, { type: 'request-failed', error: error('code-mismatch', 'verify') }, sessionTraits);
      expect(next).toMatchObject({ step: 'setup', verifyOutcomeUnknown: true });
    });

    it('forgets it once a Verify succeeds', () => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      const next = wizardReducer(retried, { type: 'verified' }, sessionTraits);
      expect(next).toEqual(completing);
      expect(enrolledOf(next, sessionTraits)).toBe(true);
    });

    it('when the session clock then runs out, fails with the enrollment unknown', () => {
      for (const traits of adapters) {
        expect(wizardReducer(uncertain, { type: 'session-timed-out' }, traits)).toEqual({
          step: 'failed',
          error: sessionTimeout,
          retry: null,
          enrolled: 'unknown',
        });
      }
    });
  });

  describe('given the challenge session ran out before the wizard started', () => {
    it('fails at once, with nothing enrolled', () => {
      expect(wizardReducer(associating, { type: 'session-expired-before-start' }, sessionTraits)).toEqual({
        step: 'failed',
        error: sessionTimeout,
        retry: null,
        enrolled: false,
      });
    });

    it('is ignored once the wizard has moved on (same state object)', () => {
      expect(wizardReducer(setup, { type: 'session-expired-before-start' }, sessionTraits)).toBe(setup);
    });
  });

  describe('when the user asks for a new key', () => {
    it('with an adapter that can make one, after Cognito refused the key, associates again', () => {
      expect(wizardReducer(failedKeyRefused, { type: 'new-key-requested' }, tokenTraits)).toEqual(associating);
    });

    it('with an adapter that can make one, after codes were refused twice in a row, associates again', () => {
      const twiceRefused: WizardState = { ...setup, error: error('enable-mfa-failed', 'verify'), refusedCodes: 2 };
      expect(newKeyOffered(twiceRefused, tokenTraits)).toBe(true);
      expect(wizardReducer(twiceRefused, { type: 'new-key-requested' }, tokenTraits)).toEqual(associating);
    });

    it('counts refusals in a row across attempts with the same key', () => {
      let state: WizardState = setup;
      for (const digits of ['111111', '222222']) {
        state = wizardReducer(state, { type: 'code-submitted', code: code(digits) }, tokenTraits);
        state = wizardReducer(state, { type: 'request-failed', error: error('enable-mfa-failed', 'verify') }, tokenTraits);
      }
      expect(state).toMatchObject({ step: 'setup', refusedCodes: 2 });
    });

    it.each<[string, AdapterTraits, WizardState]>([
      ['with a session adapter, where a refused request needs a new sign-in', sessionTraits, failedKeyRefused],
      ['with a session adapter, after codes were refused twice', sessionTraits, { ...setup, refusedCodes: 2 }],
      ['when only a retry can help', tokenTraits, failedRetryComplete],
      ['when the token is spent', tokenTraits, { ...failedFinal, error: error('not-authorized', 'verify') }],
      ['on the setup screen after a single refused code', tokenTraits, { ...setup, refusedCodes: 1 }],
      ['on the setup screen', tokenTraits, setup],
      ['while verifying', tokenTraits, { ...verifying, refusedCodes: 2 }],
    ])('ignores it %s (same state object)', (_case, traits, state) => {
      expect(newKeyOffered(state, traits)).toBe(false);
      expect(wizardReducer(state, { type: 'new-key-requested' }, traits)).toBe(state);
    });
  });

  describe('given an event that does not fit the state', () => {
    it.each<[string, WizardState, WizardEvent]>([
      ['a second submit while verifying', verifying, { type: 'code-submitted', code: code('123456') }],
      ['a submit while completing', completing, { type: 'code-submitted', code: code('123456') }],
      ['a submit while associating', associating, { type: 'code-submitted', code: code('123456') }],
      ['a submit after done', done, { type: 'code-submitted', code: code('123456') }],
      ['a late association', setup, { type: 'associated', secret: 'OTHER' }],
      ['a late association after failing', failedFinal, { type: 'associated', secret: 'OTHER' }],
      ['a late verification', setup, { type: 'verified' }],
      ['a late completion', failedFinal, { type: 'completed', outcome: { mode: 'accessToken' } }],
      ['a failure on the idle setup screen', setup, { type: 'request-failed', error: error('network', 'verify') }],
      ['a failure after done', done, { type: 'request-failed', error: error('network', 'complete') }],
      ['a retry with nothing to retry', failedFinal, { type: 'retry-requested' }],
      ['a retry on the setup screen', setup, { type: 'retry-requested' }],
      ['the clock while associating (Cognito judges the session sent)', associating, { type: 'session-timed-out' }],
      ['the clock while verifying', verifying, { type: 'session-timed-out' }],
      ['the clock while completing', completing, { type: 'session-timed-out' }],
      ['the clock after done', done, { type: 'session-timed-out' }],
      ['the clock after a final failure', failedFinal, { type: 'session-timed-out' }],
    ])('ignores %s (same state object)', (_case, state, event) => {
      for (const traits of adapters) expect(wizardReducer(state, event, traits)).toBe(state);
    });
  });
});

describe('effectOf', () => {
  it.each<[string, WizardState, WizardState, ReturnType<typeof effectOf>]>([
    ['entering associating associates', failedRetryAssociate, associating, { type: 'associate' }],
    [
      'entering verifying verifies with code and name',
      setup,
      verifying,
      { type: 'verify', code: code('123456'), deviceName: 'Phone' },
    ],
    ['entering completing completes', verifying, completing, { type: 'complete' }],
    ['the setup screen sends nothing', associating, setup, null],
    ['done sends nothing', completing, done, null],
    ['failing sends nothing', verifying, failedFinal, null],
    ['an unchanged state sends nothing', verifying, verifying, null],
  ])('%s', (_case, previous, next, effect) => {
    expect(effectOf(previous, next)).toEqual(effect);
  });
});

describe('enrolledOf', () => {
  it.each<[string, WizardState, AdapterTraits, ReturnType<typeof enrolledOf>]>([
    ['associating', associating, sessionTraits, false],
    ['on the setup screen', setup, sessionTraits, false],
    ['on the setup screen after a lost Verify answer', { ...setup, verifyOutcomeUnknown: true }, sessionTraits, 'unknown'],
    ['while verifying', verifying, tokenTraits, false],
    ['while completing with a session adapter', completing, sessionTraits, true],
    ['while completing with an access-token adapter', completing, tokenTraits, 'unknown'],
    ['done', done, tokenTraits, true],
    ['failed before Verify succeeded', failedFinal, sessionTraits, false],
    ['failed after Verify succeeded', failedRetryComplete, sessionTraits, true],
  ])('%s → %s', (_case, state, traits, enrolled) => {
    expect(enrolledOf(state, traits)).toBe(enrolled);
  });
});

describe('isBusy', () => {
  it.each<[WizardState, boolean]>([
    [associating, true],
    [setup, false],
    [verifying, true],
    [completing, true],
    [done, false],
    [failedFinal, false],
  ])('a request is in flight in %o: %s', (state, busy) => {
    expect(isBusy(state.step)).toBe(busy);
  });
});
