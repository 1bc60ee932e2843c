import type { ReactNode } from 'react';
import { ErrorSign } from './error-sign';

/**
 * A message the user must notice. An error is an alert, announced as it appears, with a warning sign.
 * A notice that arrives with a new screen is not live (a live region added together with its text is
 * often not announced): the screen's focused element names it in aria-describedby instead.
 */
export function Alert({ children, tone = 'error', id }: { children: ReactNode; tone?: 'error' | 'info' | 'success'; id?: string }) {
  return (
    <div className="notice" data-tone={tone} role={tone === 'error' ? 'alert' : undefined} id={id}>
      {tone === 'error' ? <ErrorSign /> : null}
      <span>{children}</span>
    </div>
  );
}
