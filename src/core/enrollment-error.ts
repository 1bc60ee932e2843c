import { classifyError, outcomeUnknownOf, type Credential, type ErrorFacts } from './classify-error';
import type { WizardError, WizardOperation } from './error-kinds';

/**
 * How an adapter rejects: the failure already sorted into a kind the wizard can act on, with whether
 * the request may have done its work all the same (`error.outcomeUnknown`).
 */
export class EnrollmentError extends Error {
  readonly error: WizardError;

  constructor(error: WizardError) {
    super(`${error.operation ?? 'wizard'} failed: ${error.kind}`);
    this.name = 'EnrollmentError';
    this.error = error;
  }
}

/**
 * The EnrollmentError for a failed Cognito request, from the facts the adapter gathered about it: the
 * kind by Cognito's error name, and whether the request may have done its work.
 */
export function enrollmentErrorOf(facts: ErrorFacts, operation: WizardOperation, credential: Credential): EnrollmentError {
  const error: WizardError = { kind: classifyError(facts, credential), operation, name: facts.name };
  if (facts.message !== undefined) error.message = facts.message;
  if (outcomeUnknownOf(facts)) error.outcomeUnknown = true;
  return new EnrollmentError(error);
}

/**
 * The WizardError inside an adapter's rejection. Anything else (a bug, a host adapter throwing its own
 * errors) is 'unknown', and may have done its work: nothing says it did not.
 */
export function toWizardError(reason: unknown, operation: WizardOperation): WizardError {
  if (reason instanceof EnrollmentError) return reason.error;
  const name = reason instanceof Error ? reason.name : 'UnknownError';
  return { kind: 'unknown', operation, name, outcomeUnknown: true };
}
