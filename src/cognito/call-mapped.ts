import type { VerifySoftwareTokenResponse } from '@aws-sdk/client-cognito-identity-provider';
import { EnrollmentError, type EnrollmentMode, type WizardOperation } from '../core';
import { mapSdkError } from './map-sdk-error';

/** Runs one SDK call, turning any rejection into an EnrollmentError. No retry here: the SDK already retries throttling. */
export function callMapped(mode: EnrollmentMode) {
  return async function call<Output>(operation: WizardOperation, request: () => Promise<Output>): Promise<Output> {
    try {
      return await request();
    } catch (reason) {
      throw mapSdkError(reason, mode, operation);
    }
  };
}

/** A 200 answer that lacks what the call is for; the wizard treats it like any unknown failure. */
export function missingField(operation: WizardOperation, field: string): EnrollmentError {
  return new EnrollmentError({ kind: 'unknown', operation, name: `Missing${field}` });
}

/**
 * VerifySoftwareToken may answer 200 with `Status: "ERROR"` instead of throwing; the only documented
 * reason is a code that does not match, so it is reported as one.
 */
export function assertVerified(output: VerifySoftwareTokenResponse): void {
  if (output.Status === 'ERROR') {
    throw new EnrollmentError({ kind: 'code-mismatch', operation: 'verify', name: 'VerifySoftwareTokenStatusError' });
  }
}
