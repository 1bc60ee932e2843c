import type { WizardError } from './error-kinds';

/** How an adapter rejects: the failure already sorted into a kind the wizard can act on. */
export class EnrollmentError extends Error {
  readonly error: WizardError;

  constructor(error: WizardError) {
    super(`${error.operation ?? 'wizard'} failed: ${error.kind}`);
    this.name = 'EnrollmentError';
    this.error = error;
  }
}

/** The WizardError inside an adapter's rejection; anything else (a bug, a host adapter) is 'unknown'. */
export function toWizardError(reason: unknown, operation: WizardError['operation']): WizardError {
  if (reason instanceof EnrollmentError) return reason.error;
  const name = reason instanceof Error ? reason.name : 'UnknownError';
  return { kind: 'unknown', operation, name };
}
