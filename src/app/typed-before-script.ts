/**
 * The page's HTML has the sign-in form in it (drawn at build time, see dev/prerender.ts), so a user
 * can start typing before the page's script has arrived. When the script draws the page, it takes
 * over what was done there: the text in the fields, the pool chosen, and where the caret was.
 * The values go from one input to the other in memory, nowhere else.
 */
export interface TypedBeforeScript {
  username: string;
  password: string;
  /** The pool chosen, where the form offers several. */
  poolId: string | undefined;
  /** The field that had focus, and its selection, to put back. */
  focus: { name: string; start: number | null; end: number | null } | undefined;
}

/** The marker on the HTML's own page, which the script's page replaces. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** What the user did in the HTML's form, if the container still holds it (not once the script has drawn). */
export function typedBeforeScript(container: Element): TypedBeforeScript | undefined {
  const form = container.querySelector(`[${PRERENDERED_ATTRIBUTE}] form`);
  if (!(form instanceof HTMLFormElement)) return undefined;
  const value = (name: string) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLInputElement ? field.value : '';
  };
  const pool = form.querySelector<HTMLInputElement>('input[name="pool"]:checked');
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && active.form === form && active.name ? active : undefined;
  return {
    username: value('username'),
    password: value('password'),
    poolId: pool?.value,
    focus: focused && {
      name: focused.name,
      // Radio buttons have no selection (reading it throws in some browsers): null.
      start: selectionOf(focused, 'selectionStart'),
      end: selectionOf(focused, 'selectionEnd'),
    },
  };
}

/**
 * Puts what was typed into the fields of the page the script drew (their values, set as the user's
 * typing sets them: never as attributes, so a password is not in the markup), then focus and the
 * caret or selection back where they were. Call it in the task that drew the page, before any input
 * can reach it. The pool chosen is the page's state: the script's page starts with it.
 */
export function restoreTyped(container: Element, typed: TypedBeforeScript | undefined): void {
  if (!typed) return;
  const inputs = [...container.querySelectorAll('input')];
  const named = (name: string) => inputs.find((input) => input.name === name && (input.type !== 'radio' || input.checked));
  for (const name of ['username', 'password'] as const) {
    const field = named(name);
    if (field && typed[name]) field.value = typed[name];
  }
  if (!typed.focus) return;
  const { name, start, end } = typed.focus;
  const field = named(name);
  field?.focus();
  if (field && start !== null && end !== null) field.setSelectionRange(start, end);
}

function selectionOf(input: HTMLInputElement, which: 'selectionStart' | 'selectionEnd'): number | null {
  try {
    return input[which];
  } catch {
    return null;
  }
}
