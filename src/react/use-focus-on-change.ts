import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the element in the returned ref whenever `key` changes (a new screen or step), so
 * keyboard and screen reader users start reading where the content changed. Not on first mount: the
 * page decides where focus starts. Not when `skip` is set (the new screen puts focus in a field of
 * its own). StrictMode's second run of the effect is no change. The wizard and the enrollment page
 * both use it.
 */
export function useFocusOnChange<T extends HTMLElement = HTMLHeadingElement>(key: string, skip = false): RefObject<T | null> {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    if (!skip) ref.current?.focus();
  }, [key, skip]);
  return ref;
}
