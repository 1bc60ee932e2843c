import { useLayoutEffect, useRef } from 'react';

/**
 * Scrolls the page to its top whenever `key` changes (a new screen), before it is painted, as a new
 * page would open: the last screen may have been scrolled to reach its button, and the new one is
 * read from its heading. Not on first mount, where the browser's own restoring of the scroll stands.
 */
export function useTopOnChange(key: string): void {
  const shown = useRef(key);
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    window.scrollTo(0, 0);
  }, [key]);
}
