/** A warning sign drawn in the text colour, so an error is told by more than its colour, in forced colours too. Not read out. */
export function ErrorSign() {
  return (
    <svg className="error-sign" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 9.5a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2ZM7 4v5h2V4H7Z" />
    </svg>
  );
}
