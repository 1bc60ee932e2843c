import type { ReactNode } from 'react';

/**
 * A message that something went wrong, marked by more than its colour: a warning sign drawn in the text
 * colour (so it stays in forced colours) and bold type. Read once as it appears (role="alert"); the
 * sign is not read, the words say it.
 */
export function ErrorMessage({ id, children }: { id?: string | undefined; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="mfa-wizard__error">
      <svg className="mfa-wizard__error-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 9.5a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2ZM7 4v5h2V4H7Z"
        />
      </svg>
      <span>{children}</span>
    </p>
  );
}
