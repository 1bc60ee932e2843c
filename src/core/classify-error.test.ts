import { describe, expect, it } from 'vitest';
import { classifyError } from './classify-error';
import type { EnrollmentMode } from './enrollment-types';
import { recoveryOf, restartReasonOf, wizardErrorKinds, type WizardErrorKind } from './error-kinds';

describe('classifyError', () => {
  describe('given a Cognito error name (either mode, with a response)', () => {
    it.each([
      ['CodeMismatchException', 'code-mismatch'],
      ['EnableSoftwareTokenMFAException', 'enable-mfa-failed'],
      ['ExpiredCodeException', 'code-already-used'],
      ['InvalidParameterException', 'invalid-parameter'],
      ['ResourceNotFoundException', 'resource-not-found'],
      ['InvalidUserPoolConfigurationException', 'invalid-pool-configuration'],
      ['SoftwareTokenMFANotFoundException', 'mfa-not-enabled'],
      ['TooManyRequestsException', 'too-many-requests'],
      ['LimitExceededException', 'limit-exceeded'],
      ['PasswordResetRequiredException', 'password-reset-required'],
      ['UserNotFoundException', 'user-not-found'],
      ['UserNotConfirmedException', 'user-not-confirmed'],
      ['InternalErrorException', 'internal-error'],
      ['ForbiddenException', 'forbidden'],
      ['SomethingNewException', 'unknown'],
      ['toString', 'unknown'],
    ] as const)('%s is %s', (name, kind) => {
      // The message is deliberately misleading: only the name may decide.
      const facts = { name, message: 'Invalid session for the user, session is expired.', hasResponse: true };
      expect(classifyError(facts, 'session')).toBe(kind);
      expect(classifyError(facts, 'accessToken')).toBe(kind);
    });
  });

  describe('given NotAuthorizedException', () => {
    it.each([
      ['session', 'Invalid session for the user, session is expired.', 'session-expired'],
      ['session', 'Invalid session for the user, session can only be used once.', 'session-used'],
      ['session', 'Invalid session for the user.', 'session-invalid'],
      ['session', undefined, 'session-invalid'],
      ['accessToken', 'Access Token has expired', 'not-authorized'],
      ['accessToken', 'Invalid Access Token', 'not-authorized'],
      ['accessToken', 'Access Token has been revoked', 'not-authorized'],
      ['accessToken', 'Invalid session for the user, session is expired.', 'not-authorized'],
    ] as const)('in %s mode with %j is %s', (mode, message, kind) => {
      expect(classifyError({ name: 'NotAuthorizedException', message, hasResponse: true }, mode)).toBe(kind);
    });
  });

  describe('given no HTTP response', () => {
    it.each([
      ['TypeError', false, 'network'],
      ['NetworkError', false, 'network'],
      ['TimeoutError', false, 'network'],
      ['AbortError', false, 'network'],
      ['TypeError', true, 'unknown'],
      ['Error', false, 'unknown'],
      ['CodeMismatchException', false, 'code-mismatch'],
    ] as const)('%s with response %s is %s', (name, hasResponse, kind) => {
      expect(classifyError({ name, hasResponse }, 'session')).toBe(kind);
    });
  });
});

describe('error kinds', () => {
  type Expected = [ReturnType<typeof recoveryOf>, ReturnType<typeof restartReasonOf>];
  const sameInBothModes: Record<Exclude<WizardErrorKind, 'invalid-parameter'>, Expected> = {
    'code-mismatch': ['retype-code', null],
    'enable-mfa-failed': ['retype-code', null],
    'code-already-used': ['retype-code', null],
    'session-expired': ['sign-in-again', 'session-expired'],
    'session-used': ['sign-in-again', 'session-used'],
    'session-invalid': ['sign-in-again', 'session-invalid'],
    'not-authorized': ['sign-in-again', 'not-authorized'],
    'resource-not-found': ['none', null],
    'invalid-pool-configuration': ['none', null],
    'mfa-not-enabled': ['none', null],
    'too-many-requests': ['retry', null],
    'limit-exceeded': ['retry', null],
    'password-reset-required': ['none', null],
    'user-not-found': ['none', null],
    'user-not-confirmed': ['none', null],
    'internal-error': ['retry', null],
    forbidden: ['none', null],
    network: ['retry', null],
    unknown: ['retry', null],
  };
  const expected = (kind: WizardErrorKind, mode: EnrollmentMode): Expected => {
    if (kind !== 'invalid-parameter') return sameInBothModes[kind];
    // Session mode: a new sign-in brings a new session. Access-token mode: the token works, the key is refused.
    return mode === 'session' ? ['sign-in-again', 'session-invalid'] : ['new-key', null];
  };

  it.each(
    (['session', 'accessToken'] as const).flatMap((mode) =>
      wizardErrorKinds.map((kind) => [kind, mode, ...expected(kind, mode)] as const),
    ),
  )('%s in %s mode is recovered by %s with restart reason %s', (kind, mode, recovery, reason) => {
    expect(recoveryOf(kind, mode)).toBe(recovery);
    expect(restartReasonOf(kind, mode)).toBe(reason);
  });

  it('gives a restart reason exactly when the way forward is to sign in again', () => {
    for (const mode of ['session', 'accessToken'] as const) {
      for (const kind of wizardErrorKinds) {
        expect(restartReasonOf(kind, mode) !== null).toBe(recoveryOf(kind, mode) === 'sign-in-again');
      }
    }
  });
});
