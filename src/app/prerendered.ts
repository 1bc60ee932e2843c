/**
 * The page's HTML may hold the sign-in form (drawn at build time, see dev/prerender.ts), so that a
 * user can start typing before the page's script has arrived. The script then hydrates that form:
 * React takes over the same elements, so what was typed, focus, the caret, an open on-screen
 * keyboard and a word being composed all stay where they are.
 */

/** The marker on the page's card when the HTML drew it. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Whether the container holds the HTML's own sign-in form, not yet taken over by the script. */
export function isPrerendered(container: Element): boolean {
  return container.querySelector(`[${PRERENDERED_ATTRIBUTE}]`) !== null;
}

/**
 * The pool chosen in the HTML's form (where it offers several), which the script's page starts with:
 * React keeps the radio button the user checked, and its state must say the same.
 */
export function poolChosenIn(container: Element): string | undefined {
  return container.querySelector<HTMLInputElement>(`[${PRERENDERED_ATTRIBUTE}] input[name="pool"]:checked`)?.value;
}
