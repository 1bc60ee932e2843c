// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EnrollmentError, enrollmentErrorOf, toWizardError } from './enrollment-error';

describe('EnrollmentError', () => {
  it('reads, in a log, as the call that failed and how', () => {
    const thrown = new EnrollmentError({ kind: 'code-mismatch', operation: 'verify', name: 'CodeMismatchException' });
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('EnrollmentError');
    expect(thrown.message).toBe('verify failed: code-mismatch');
    expect(String(thrown)).toBe('EnrollmentError: verify failed: code-mismatch');
  });

  it("names the wizard when no call failed (the wizard's own session clock)", () => {
    const thrown = new EnrollmentError({ kind: 'session-expired', operation: null, name: 'SessionExpired' });
    expect(thrown.message).toBe('wizard failed: session-expired');
  });
});

describe('enrollmentErrorOf', () => {
  it("keeps Cognito's message for the host's diagnostics", () => {
    const { error } = enrollmentErrorOf(
      { name: 'CodeMismatchException', message: 'Invalid code received for user', hasResponse: true, status: 400 },
      'verify',
      'session',
    );
    expect(error).toEqual({ kind: 'code-mismatch', operation: 'verify', name: 'CodeMismatchException', message: 'Invalid code received for user' });
  });

  it('gives an error without a message no message field, and a readable 4xx no outcomeUnknown', () => {
    const { error } = enrollmentErrorOf({ name: 'CodeMismatchException', hasResponse: true, status: 400 }, 'verify', 'session');
    expect(Object.keys(error).sort()).toEqual(['kind', 'name', 'operation']);
  });
});

describe('toWizardError', () => {
  it("passes an adapter's EnrollmentError through as it is", () => {
    const error = { kind: 'network', operation: 'associate', name: 'TypeError', outcomeUnknown: true } as const;
    expect(toWizardError(new EnrollmentError(error), 'associate')).toBe(error);
  });

  it.each<[string, unknown, string]>([
    ['an Error of its own', new RangeError('bad'), 'RangeError'],
    ['something that is no Error', 'oops', 'UnknownError'],
  ])('takes %s from an adapter as unknown, its outcome unknown', (_case, reason, name) => {
    expect(toWizardError(reason, 'complete')).toEqual({ kind: 'unknown', operation: 'complete', name, outcomeUnknown: true });
  });
});
