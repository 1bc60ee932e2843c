import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when the screen changes, so that keyboard and
 * screen reader users start at the top of what is new. Not on the page's first
 * screen (there the first field takes focus), and StrictMode's second run of the
 * effect is no change of screen.
 */
export function useScreenFocus<T extends HTMLElement>(screen: string, skip = false) {
  const ref = useRef<T>(null);
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    if (!skip) ref.current?.focus();
  }, [screen, skip]);
  return ref;
}
