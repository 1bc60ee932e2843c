'use client';

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the element in the returned ref whenever `key` changes (a new screen or step), so
 * keyboard and screen reader users start reading where the content changed. Not on first mount: the
 * page decides where focus starts. Not when `skip` is set (the new screen puts focus in a field of
 * its own) or, as a function, returns true when asked (the wizard's `moveFocus: 'within'` with focus
 * elsewhere). StrictMode's second run of the effect is no change. The wizard and the enrollment page
 * both use it.
 */
export function useFocusOnChange<T extends HTMLElement = HTMLHeadingElement>(
  key: string,
  skip: boolean | (() => boolean) = false,
): RefObject<T | null> {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    // A function is asked at the moment of the change (the wizard's moveFocus: 'within').
    if (!(typeof skip === 'function' ? skip() : skip)) ref.current?.focus();
  }, [key, skip]);
  return ref;
}
