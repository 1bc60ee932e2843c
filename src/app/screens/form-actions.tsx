/** A form's submit button, busy while its request is in flight, and a way back. */
export function FormActions({
  label,
  busyLabel = label,
  cancelLabel,
  busy,
  onCancel,
}: {
  label: string;
  busyLabel?: string;
  cancelLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" className="primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
        {busy ? busyLabel : label}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
