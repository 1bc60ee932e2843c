import type { MfaEnrollment } from './use-enrollment';

/** Shown only when the host can take the user somewhere else (it gave onCancel). */
export function CancelButton<Outcome>({ enrollment, label }: { enrollment: MfaEnrollment<Outcome>; label: string }) {
  if (!enrollment.canCancel) return null;
  return (
    <button type="button" className="mfa-wizard__cancel" onClick={enrollment.cancel}>
      {label}
    </button>
  );
}
