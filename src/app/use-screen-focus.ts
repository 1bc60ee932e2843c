import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when the screen changes, so that keyboard and
 * screen reader users start at the top of what is new. Not on the page's first
 * screen: there the first field takes focus.
 */
export function useScreenFocus<T extends HTMLElement>(key: string, skip = false) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!skip) ref.current?.focus();
  }, [key, skip]);
  return ref;
}
