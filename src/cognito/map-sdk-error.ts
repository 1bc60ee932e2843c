import { enrollmentErrorOf, type Credential, type EnrollmentError, type ErrorFacts, type WizardOperation } from '../core';

/**
 * What the core needs to know about any SDK rejection: its name (the JSON `__type` for Cognito
 * errors), its message, whether (and with which status) an HTTP response came back, and a Node socket
 * error's code (ECONNREFUSED and the like).
 */
export function errorFactsOf(reason: unknown): ErrorFacts {
  const status = statusCodeOf(reason);
  return {
    name: readString(reason, 'name') ?? 'UnknownError',
    message: readString(reason, 'message'),
    hasResponse: status !== undefined || hasProperty(reason, '$response'),
    status,
    code: readString(reason, 'code'),
  };
}

/** An SDK rejection as an EnrollmentError, for a call that carried a session or an access token. */
export function mapSdkError(reason: unknown, operation: WizardOperation, credential: Credential): EnrollmentError {
  return enrollmentErrorOf(errorFactsOf(reason), operation, credential);
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
