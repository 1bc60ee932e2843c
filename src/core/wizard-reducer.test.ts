import { describe, expect, it } from 'vitest';
import type { EnrollmentMode } from './enrollment-types';
import type { WizardError, WizardErrorKind } from './error-kinds';
import {
  effectOf,
  enrolledOf,
  initialWizardState,
  outcomeUnknown,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from './wizard-reducer';

const error = (kind: WizardErrorKind, operation: WizardError['operation']): WizardError => ({
  kind,
  operation,
  name: 'TestError',
});
const tokens = { AccessToken: 'a', IdToken: 'i', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' };

const associating: WizardState = initialWizardState;
const setup: WizardState = { step: 'setup', secret: 'KEY', session: 's1' };
const verifying: WizardState = { step: 'verifying', secret: 'KEY', session: 's1', code: '123456', deviceName: 'Phone' };
const completing: WizardState = { step: 'completing', secret: 'KEY', session: 's2', deviceName: 'Phone' };
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
  retry: { operation: 'complete', enrollment: { secret: 'KEY', session: 's2', deviceName: 'Phone' } },
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
const modes: readonly EnrollmentMode[] = ['session', 'accessToken'];

describe('wizardReducer', () => {
  describe('given an event that fits the state (either mode)', () => {
    it.each<[string, WizardState, WizardEvent, WizardState]>([
      [
        'association gives the setup screen with key and session',
        associating,
        { type: 'associated', secret: 'KEY', session: 's1' },
        { step: 'setup', secret: 'KEY', session: 's1' },
      ],
      [
        'a valid code starts verifying with the normalised code',
        setup,
        { type: 'code-submitted', code: '123 456', deviceName: 'Phone' },
        { step: 'verifying', secret: 'KEY', session: 's1', code: '123456', deviceName: 'Phone' },
      ],
      [
        'a new submit after a wrong code clears the error',
        { ...setup, error: error('code-mismatch', 'verify') },
        { type: 'code-submitted', code: '654321' },
        { step: 'verifying', secret: 'KEY', session: 's1', code: '654321', deviceName: undefined },
      ],
      [
        'verification moves on with the session Verify returned',
        verifying,
        { type: 'verified', session: 's2' },
        { step: 'completing', secret: 'KEY', session: 's2', deviceName: 'Phone' },
      ],
      [
        'verification without a session (access-token mode) never keeps the spent one',
        verifying,
        { type: 'verified' },
        { step: 'completing', secret: 'KEY', session: undefined, deviceName: 'Phone' },
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
        'a wrong code keeps key, session and device name',
        verifying,
        { type: 'request-failed', error: error('enable-mfa-failed', 'verify') },
        { step: 'setup', secret: 'KEY', session: 's1', deviceName: 'Phone', error: error('enable-mfa-failed', 'verify') },
      ],
      [
        'throttling while verifying keeps everything',
        verifying,
        { type: 'request-failed', error: error('too-many-requests', 'verify') },
        { step: 'setup', secret: 'KEY', session: 's1', deviceName: 'Phone', error: error('too-many-requests', 'verify') },
      ],
      [
        'a used session while verifying fails for good',
        verifying,
        { type: 'request-failed', error: error('session-used', 'verify') },
        failedFinal,
      ],
      ['retrying an association starts it again', failedRetryAssociate, { type: 'retry-requested' }, associating],
      [
        'retrying a completion completes with the kept session',
        failedRetryComplete,
        { type: 'retry-requested' },
        { step: 'completing', secret: 'KEY', session: 's2', deviceName: 'Phone' },
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
      for (const mode of modes) expect(wizardReducer(state, event, mode)).toEqual(expected);
    });
  });

  describe('given a request fails after Cognito accepted the code', () => {
    it.each<[string, WizardError, boolean]>([
      ['a passing failure offers to complete again', error('internal-error', 'complete'), true],
      ['a lasting failure offers nothing', error('session-expired', 'complete'), false],
      ['a refused request offers nothing to send again', error('invalid-parameter', 'complete'), false],
    ])('%s; in session mode the app is enrolled, in access-token mode maybe', (_case, failure, retries) => {
      const enrolledIn = { session: true, accessToken: 'unknown' } as const;
      for (const mode of modes) {
        const next = wizardReducer(completing, { type: 'request-failed', error: failure }, mode);
        expect(next).toEqual({
          step: 'failed',
          error: failure,
          retry: retries ? { operation: 'complete', enrollment: { secret: 'KEY', session: 's2', deviceName: 'Phone' } } : null,
          enrolled: enrolledIn[mode],
        });
      }
    });
  });

  describe('given a Verify whose outcome is unknown', () => {
    const lost = error('network', 'verify');
    const missingSession: WizardError = { kind: 'unknown', operation: 'verify', name: 'MissingSession' };
    const uncertain: WizardState = { ...setup, error: lost, deviceName: 'Phone', verifyOutcomeUnknown: true };

    it.each<[string, WizardError]>([
      ['its answer was lost', lost],
      ['it answered without the next session', missingSession],
    ])('when %s, goes back to setup remembering that Cognito may have registered the key', (_case, failure) => {
      for (const mode of modes) {
        expect(wizardReducer(verifying, { type: 'request-failed', error: failure }, mode)).toEqual({
          ...setup,
          error: failure,
          deviceName: 'Phone',
          verifyOutcomeUnknown: true,
        });
      }
    });

    it('carries that into the next Verify', () => {
      const next = wizardReducer(uncertain, { type: 'code-submitted', code: '654321' }, 'session');
      expect(next).toMatchObject({ step: 'verifying', code: '654321', verifyOutcomeUnknown: true });
      expect(effectOf(uncertain, next)).toEqual({ type: 'verify', code: '654321', deviceName: undefined, session: 's1' });
    });

    it.each<[string, WizardError]>([
      ['the session turns out used', error('session-used', 'verify')],
      ['the session turns out expired', error('session-expired', 'verify')],
      ['the token is refused', error('not-authorized', 'verify')],
    ])('when %s at the next Verify, fails with the enrollment unknown', (_case, failure) => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      for (const mode of modes) {
        expect(wizardReducer(retried, { type: 'request-failed', error: failure }, mode)).toEqual({
          step: 'failed',
          error: failure,
          retry: null,
          enrolled: 'unknown',
        });
      }
    });

    it('keeps it unknown through a wrong code at the next Verify', () => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      const next = wizardReducer(retried, { type: 'request-failed', error: error('code-mismatch', 'verify') }, 'session');
      expect(next).toMatchObject({ step: 'setup', verifyOutcomeUnknown: true });
    });

    it('forgets it once a Verify succeeds', () => {
      const retried: WizardState = { ...verifying, verifyOutcomeUnknown: true };
      const next = wizardReducer(retried, { type: 'verified', session: 's2' }, 'session');
      expect(next).toEqual(completing);
      expect(enrolledOf(next, 'session')).toBe(true);
    });

    it('when the session clock then runs out, fails with the enrollment unknown', () => {
      for (const mode of modes) {
        expect(wizardReducer(uncertain, { type: 'session-timed-out' }, mode)).toEqual({
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
      expect(wizardReducer(associating, { type: 'session-expired-before-start' }, 'session')).toEqual({
        step: 'failed',
        error: sessionTimeout,
        retry: null,
        enrolled: false,
      });
    });

    it('is ignored once the wizard has moved on (same state object)', () => {
      expect(wizardReducer(setup, { type: 'session-expired-before-start' }, 'session')).toBe(setup);
    });
  });

  describe('when the user asks for a new key', () => {
    it('in access-token mode, after Cognito refused the key, associates again', () => {
      expect(wizardReducer(failedKeyRefused, { type: 'new-key-requested' }, 'accessToken')).toEqual(associating);
    });

    it.each<[string, EnrollmentMode, WizardState]>([
      ['in session mode, where a refused request needs a new sign-in', 'session', failedKeyRefused],
      ['when only a retry can help', 'accessToken', failedRetryComplete],
      ['when the token is spent', 'accessToken', { ...failedFinal, error: error('not-authorized', 'verify') }],
      ['on the setup screen', 'accessToken', setup],
      ['while verifying', 'accessToken', verifying],
    ])('ignores it %s (same state object)', (_case, mode, state) => {
      expect(wizardReducer(state, { type: 'new-key-requested' }, mode)).toBe(state);
    });
  });

  describe('given an event that does not fit the state', () => {
    it.each<[string, WizardState, WizardEvent]>([
      ['a second submit while verifying', verifying, { type: 'code-submitted', code: '123456' }],
      ['a submit while completing', completing, { type: 'code-submitted', code: '123456' }],
      ['a submit while associating', associating, { type: 'code-submitted', code: '123456' }],
      ['a submit after done', done, { type: 'code-submitted', code: '123456' }],
      ['an empty code', setup, { type: 'code-submitted', code: '' }],
      ['a short code', setup, { type: 'code-submitted', code: '12345' }],
      ['a long code', setup, { type: 'code-submitted', code: '1234567' }],
      ['a code with letters', setup, { type: 'code-submitted', code: '12345a' }],
      ['a late association', setup, { type: 'associated', secret: 'OTHER' }],
      ['a late association after failing', failedFinal, { type: 'associated', secret: 'OTHER' }],
      ['a late verification', setup, { type: 'verified', session: 's9' }],
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
      for (const mode of modes) expect(wizardReducer(state, event, mode)).toBe(state);
    });
  });
});

describe('effectOf', () => {
  it.each<[string, WizardState, WizardState, ReturnType<typeof effectOf>]>([
    ['entering associating associates', failedRetryAssociate, associating, { type: 'associate' }],
    [
      'entering verifying verifies with code, name and session',
      setup,
      verifying,
      { type: 'verify', code: '123456', deviceName: 'Phone', session: 's1' },
    ],
    ['entering completing completes with the newest session', verifying, completing, { type: 'complete', session: 's2' }],
    ['the setup screen sends nothing', associating, setup, null],
    ['done sends nothing', completing, done, null],
    ['failing sends nothing', verifying, failedFinal, null],
    ['an unchanged state sends nothing', verifying, verifying, null],
  ])('%s', (_case, previous, next, effect) => {
    expect(effectOf(previous, next)).toEqual(effect);
  });
});

describe('enrolledOf', () => {
  it.each<[string, WizardState, EnrollmentMode, ReturnType<typeof enrolledOf>]>([
    ['associating', associating, 'session', false],
    ['on the setup screen', setup, 'session', false],
    ['on the setup screen after a lost Verify answer', { ...setup, verifyOutcomeUnknown: true }, 'session', 'unknown'],
    ['while verifying', verifying, 'accessToken', false],
    ['while completing in session mode', completing, 'session', true],
    ['while completing in access-token mode', completing, 'accessToken', 'unknown'],
    ['done', done, 'accessToken', true],
    ['failed before Verify succeeded', failedFinal, 'session', false],
    ['failed after Verify succeeded', failedRetryComplete, 'session', true],
  ])('%s (%s mode) → %s', (_case, state, mode, enrolled) => {
    expect(enrolledOf(state, mode)).toBe(enrolled);
  });
});

describe('outcomeUnknown', () => {
  it.each<[string, WizardError, boolean]>([
    ['no answer at all', error('network', 'verify'), true],
    ['a 200 without the next session', { kind: 'unknown', operation: 'verify', name: 'MissingSession' }, true],
    ['a wrong code', error('code-mismatch', 'verify'), false],
    ['an error Cognito answered', { kind: 'unknown', operation: 'verify', name: 'SurpriseException' }, false],
    ['a 500 from Cognito', error('internal-error', 'verify'), false],
  ])('%s → %s', (_case, failure, unknown) => {
    expect(outcomeUnknown(failure)).toBe(unknown);
  });
});
