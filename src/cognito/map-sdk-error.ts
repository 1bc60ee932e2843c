import { classifyError, EnrollmentError, type EnrollmentMode, type ErrorFacts, type WizardOperation } from '../core';

// Node's socket errors carry a code instead of a telling name; browsers give a TypeError.
const socketErrorCode = /^E[A-Z_]+$/;

/**
 * What `classifyError` needs to know about any SDK rejection: its name (the JSON `__type` for Cognito
 * errors), its message, and whether an HTTP response came back. A Node socket error (no response,
 * a code like ECONNREFUSED) is named NetworkError, as a browser's failed fetch would be classified.
 */
export function errorFactsOf(reason: unknown): ErrorFacts {
  const name = nameOf(reason);
  const message = readString(reason, 'message');
  const hasResponse = statusCodeOf(reason) !== undefined || hasProperty(reason, '$response');
  const code = readString(reason, 'code');
  const socketFailure = !hasResponse && code !== undefined && socketErrorCode.test(code);
  return { name: socketFailure ? 'NetworkError' : name, message, hasResponse };
}

/**
 * An SDK rejection as an EnrollmentError. The kind comes from `err.name` (the JSON `__type`);
 * a rejection with no HTTP response at all is a network failure.
 */
export function mapSdkError(reason: unknown, mode: EnrollmentMode, operation: WizardOperation): EnrollmentError {
  const facts = errorFactsOf(reason);
  const kind = classifyError(facts, mode);
  // The error's own name, not the classified one, for the host's diagnostics.
  const name = nameOf(reason);
  const { message } = facts;
  return new EnrollmentError(message === undefined ? { kind, operation, name } : { kind, operation, name, message });
}

function nameOf(reason: unknown): string {
  return readString(reason, 'name') ?? 'UnknownError';
}

function statusCodeOf(reason: unknown): number | undefined {
  if (!hasProperty(reason, '$metadata')) return undefined;
  const metadata = reason.$metadata;
  if (typeof metadata !== 'object' || metadata === null || !('httpStatusCode' in metadata)) return undefined;
  return typeof metadata.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}

function readString(reason: unknown, key: string): string | undefined {
  if (!hasProperty(reason, key)) return undefined;
  const value = reason[key];
  return typeof value === 'string' ? value : undefined;
}

function hasProperty<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && Reflect.get(value, key) !== undefined;
}
