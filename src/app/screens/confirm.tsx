import { useEffect, useId, useRef } from 'react';

interface ConfirmProps {
  question: string;
  /** What happens if the user goes on, e.g. to the app's entry. */
  effect: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  /** Also on Escape. */
  onKeep: () => void;
}

/**
 * A question before something that cannot be undone: a group named by the question and described by
 * its effect, which takes focus as it appears so that both are read out. The safe choice comes first.
 */
export function Confirm({ question, effect, confirmLabel, keepLabel, onConfirm, onKeep }: ConfirmProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-effect`}
      className="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onKeep();
      }}
    >
      <p id={`${id}-question`} className="confirm-question">
        {question}
      </p>
      <p id={`${id}-effect`}>{effect}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
