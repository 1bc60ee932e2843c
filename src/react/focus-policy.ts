import { createContext, useCallback, useContext, useRef, type FocusEvent } from 'react';

/**
 * When the wizard may move focus to what it just showed (a step's heading, the code field after a
 * refused code):
 * - `always` (the default): keyboard and screen reader users land where the content changed.
 * - `within`: only when focus is already inside the wizard, so a page that shows the wizard beside
 *   other things is never scrolled or taken away from what the user is doing.
 */
export type MoveFocus = 'always' | 'within';

const MayMoveFocus = createContext<() => boolean>(() => true);

/** Provides the policy to the steps. */
export const FocusPolicyProvider = MayMoveFocus.Provider;

/** Whether the wizard may move focus now; read at the moment of the move. */
export function useMayMoveFocus(): () => boolean {
  return useContext(MayMoveFocus);
}

/**
 * Tracks whether focus is inside the wizard's root, from its focus and blur events (which bubble in
 * React). A focused element that a step change removes fires no blur, so focus on Verify still
 * counts as inside when the next step appears.
 */
export function useFocusPolicy(moveFocus: MoveFocus | undefined) {
  const inside = useRef(false);
  const mayMoveFocus = useCallback(() => moveFocus !== 'within' || inside.current, [moveFocus]);
  const skipFocus = useCallback(() => !mayMoveFocus(), [mayMoveFocus]);
  const rootProps = {
    onFocus: () => {
      inside.current = true;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      inside.current = event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget);
    },
  };
  return { mayMoveFocus, skipFocus, rootProps };
}
