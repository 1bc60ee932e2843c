import type { ReactNode } from 'react';

/** A message the user must notice: announced by screen readers as it appears. */
export function Alert({ children, tone = 'error', id }: { children: ReactNode; tone?: 'error' | 'info' | 'success'; id?: string }) {
  return (
    <div className="notice" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'} id={id}>
      {children}
    </div>
  );
}
