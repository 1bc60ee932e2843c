import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { ErrorSign } from './error-sign';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Ids of other text that describes the field (a notice above the form). */
  alsoDescribedBy?: string | undefined;
  /** The input element (a form library registers it). */
  ref?: React.Ref<HTMLInputElement> | undefined;
}

/** A labelled input whose hint and error (under the field, with a warning sign) are wired to it for assistive technology. */
export function Field({ label, error, hint, id, alsoDescribedBy, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [alsoDescribedBy, hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field-error" id={errorId}>
          <ErrorSign />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
