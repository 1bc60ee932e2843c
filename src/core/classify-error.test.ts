import { describe, expect, it } from 'vitest';
import { classifyError } from './classify-error';
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
  const expected: Record<WizardErrorKind, [ReturnType<typeof recoveryOf>, ReturnType<typeof restartReasonOf>]> = {
    'code-mismatch': ['retype-code', null],
    'enable-mfa-failed': ['retype-code', null],
    'code-already-used': ['retype-code', null],
    'session-expired': ['sign-in-again', 'session-expired'],
    'session-used': ['sign-in-again', 'session-used'],
    'session-invalid': ['sign-in-again', 'session-invalid'],
    'not-authorized': ['sign-in-again', 'not-authorized'],
    'invalid-parameter': ['none', null],
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

  it.each(wizardErrorKinds.map((kind) => [kind, ...expected[kind]] as const))(
    '%s is recovered by %s with restart reason %s',
    (kind, recovery, reason) => {
      expect(recoveryOf(kind)).toBe(recovery);
      expect(restartReasonOf(kind)).toBe(reason);
    },
  );
});
