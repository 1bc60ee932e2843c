import { classifyError, EnrollmentError, type EnrollmentMode, type WizardOperation } from '../core';

// Node's socket errors carry a code instead of a telling name; browsers give a TypeError.
const socketErrorCode = /^E[A-Z_]+$/;

/**
 * An SDK rejection as an EnrollmentError. The kind comes from `err.name` (the JSON `__type`);
 * a rejection with no HTTP response at all is a network failure.
 */
export function mapSdkError(reason: unknown, mode: EnrollmentMode, operation: WizardOperation): EnrollmentError {
  const name = readString(reason, 'name') ?? 'UnknownError';
  const message = readString(reason, 'message');
  const hasResponse = statusCodeOf(reason) !== undefined || hasProperty(reason, '$response');
  const code = readString(reason, 'code');
  const factsName = !hasResponse && code !== undefined && socketErrorCode.test(code) ? 'NetworkError' : name;
  const kind = classifyError({ name: factsName, message, hasResponse }, mode);
  return new EnrollmentError(message === undefined ? { kind, operation, name } : { kind, operation, name, message });
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
