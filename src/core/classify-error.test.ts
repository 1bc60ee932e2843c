// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionTraits, tokenTraits } from '../test/traits';
import { classifyError, outcomeUnknownOf, type ErrorFacts } from './classify-error';
import { recoveryOf, restartReasonOf, wizardErrorKinds, type WizardErrorKind } from './error-kinds';

describe('classifyError', () => {
  describe('given a Cognito error name (either credential, with a response)', () => {
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
      ['OperationNotEnabledException', 'operation-not-enabled'],
      ['FeatureUnavailableInTierException', 'operation-not-enabled'],
      ['UnsupportedOperationException', 'operation-not-enabled'],
      ['MFAMethodNotFoundException', 'mfa-method-not-found'],
      ['InvalidSmsRoleAccessPolicyException', 'sms-configuration'],
      ['InvalidSmsRoleTrustRelationshipException', 'sms-configuration'],
      ['InvalidEmailRoleAccessPolicyException', 'email-configuration'],
      ['AliasExistsException', 'alias-exists'],
      ['UserLambdaValidationException', 'lambda-validation'],
      ['InvalidLambdaResponseException', 'lambda-invalid-response'],
      ['UnexpectedLambdaException', 'lambda-unexpected'],
      ['ConcurrentModificationException', 'concurrent-modification'],
      ['SomethingNewException', 'unknown'],
      ['toString', 'unknown'],
    ] as const)('%s is %s', (name, kind) => {
      // The message is deliberately misleading: only the name may decide.
      const facts = { name, message: 'Invalid session for the user, session is expired.', hasResponse: true };
      expect(classifyError(facts, 'session')).toBe(kind);
      expect(classifyError(facts, 'access-token')).toBe(kind);
    });
  });

  describe('given NotAuthorizedException', () => {
    it.each([
      ['session', 'Invalid session for the user, session is expired.', 'session-expired'],
      ['session', 'Invalid session for the user, session can only be used once.', 'session-used'],
      ['session', 'Invalid session for the user.', 'session-invalid'],
      ['session', undefined, 'session-invalid'],
      ['access-token', 'Access Token has expired', 'not-authorized'],
      ['access-token', 'Invalid Access Token', 'not-authorized'],
      ['access-token', 'Access Token has been revoked', 'not-authorized'],
      ['access-token', 'Invalid session for the user, session is expired.', 'not-authorized'],
    ] as const)('on a %s with %j is %s', (mode, message, kind) => {
      expect(classifyError({ name: 'NotAuthorizedException', message, hasResponse: true }, mode)).toBe(kind);
    });
  });

  describe('given no HTTP response', () => {
    it.each([
      ['TypeError', false, 'network'],
      ['NetworkError', false, 'network'],
      ['TimeoutError', false, 'timeout'],
      ['RequestTimeout', false, 'timeout'],
      ['AbortError', false, 'network'],
      ['TypeError', true, 'unknown'],
      ['Error', false, 'unknown'],
      ['CodeMismatchException', false, 'code-mismatch'],
    ] as const)('%s with response %s is %s', (name, hasResponse, kind) => {
      expect(classifyError({ name, hasResponse }, 'session')).toBe(kind);
    });

    it.each([500, 502, 503, 504])('an answer %d without a Cognito error name (a proxy) is internal-error', (status) => {
      expect(classifyError({ name: 'SyntaxError', hasResponse: true, status }, 'session')).toBe('internal-error');
      expect(classifyError({ name: 'SyntaxError', hasResponse: true, status: 200 }, 'session')).toBe('unknown');
    });

    it.each(['ECONNREFUSED', 'ECONNRESET', 'EPIPE'])('a Node socket error with code %s is network', (code) => {
      expect(classifyError({ name: 'Error', code, hasResponse: false }, 'session')).toBe('network');
      expect(classifyError({ name: 'Error', code, hasResponse: true, status: 400 }, 'session')).toBe('unknown');
    });
  });
});

describe('outcomeUnknownOf', () => {
  it.each<[string, ErrorFacts, boolean]>([
    ['no answer at all', { name: 'TypeError', hasResponse: false }, true],
    ['a deadline that passed', { name: 'TimeoutError', hasResponse: false }, true],
    ['a 500 from Cognito', { name: 'InternalErrorException', hasResponse: true, status: 500 }, true],
    ['a 502 page from a proxy', { name: 'SyntaxError', hasResponse: true, status: 502 }, true],
    ['a 504 from a proxy', { name: 'UnknownError', hasResponse: true, status: 504 }, true],
    ['a 200 that could not be read', { name: 'SyntaxError', hasResponse: true, status: 200 }, true],
    ['an unreadable 4xx', { name: 'SyntaxError', hasResponse: true, status: 403 }, true],
    ['a 200 the client could not use', { name: 'Error', hasResponse: true, status: 200 }, true],
    ['a 299 the client could not use', { name: 'Error', hasResponse: true, status: 299 }, true],
    ['a 199, no 2xx', { name: 'Error', hasResponse: true, status: 199 }, false],
    ['a 300, no 2xx', { name: 'Error', hasResponse: true, status: 300 }, false],
    ['a wrong code', { name: 'CodeMismatchException', hasResponse: true, status: 400 }, false],
    ['a used session', { name: 'NotAuthorizedException', hasResponse: true, status: 400 }, false],
    ['throttling', { name: 'TooManyRequestsException', hasResponse: true, status: 400 }, false],
  ])('%s → %s', (_case, facts, unknown) => {
    expect(outcomeUnknownOf(facts)).toBe(unknown);
  });
});

describe('error kinds', () => {
  type Expected = [ReturnType<typeof recoveryOf>, ReturnType<typeof restartReasonOf>];
  const sameInBothModes: Record<Exclude<WizardErrorKind, 'invalid-parameter'>, Expected> = {
    'operation-not-enabled': ['none', null],
    'mfa-method-not-found': ['none', null],
    'sms-configuration': ['none', null],
    'email-configuration': ['none', null],
    'alias-exists': ['none', null],
    'lambda-validation': ['none', null],
    'lambda-invalid-response': ['none', null],
    'lambda-unexpected': ['retry', null],
    'concurrent-modification': ['retry', null],
    timeout: ['retry', null],
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
  const adapters = { session: sessionTraits, 'access-token': tokenTraits } as const;
  const expected = (kind: WizardErrorKind, credential: keyof typeof adapters): Expected => {
    if (kind !== 'invalid-parameter') return sameInBothModes[kind];
    // A session: a new sign-in brings a new session. A token that can make a new key: the key is refused.
    return credential === 'session' ? ['sign-in-again', 'session-invalid'] : ['new-key', null];
  };

  it.each(
    (['session', 'access-token'] as const).flatMap((credential) =>
      wizardErrorKinds.map((kind) => [kind, credential, ...expected(kind, credential)] as const),
    ),
  )('%s with the %s adapter is recovered by %s with restart reason %s', (kind, credential, recovery, reason) => {
    expect(recoveryOf(kind, adapters[credential])).toBe(recovery);
    expect(restartReasonOf(kind, adapters[credential])).toBe(reason);
  });

  it('gives a restart reason exactly when the way forward is to sign in again', () => {
    for (const traits of Object.values(adapters)) {
      for (const kind of wizardErrorKinds) {
        expect(restartReasonOf(kind, traits) !== null).toBe(recoveryOf(kind, traits) === 'sign-in-again');
      }
    }
  });
});
