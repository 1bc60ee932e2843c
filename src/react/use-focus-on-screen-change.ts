import { useEffect, useRef, type RefObject } from 'react';
import type { WizardStep } from '../core';

/** Steps that share one screen: the code form stays put while its code is checked. */
export type Screen = 'loading' | 'setup' | 'done' | 'failed';

export function screenOf(step: WizardStep): Screen {
  switch (step) {
    case 'associating':
      return 'loading';
    case 'setup':
    case 'verifying':
    case 'completing':
      return 'setup';
    case 'done':
      return 'done';
    case 'failed':
      return 'failed';
    default:
      return step satisfies never;
  }
}

/**
 * Moves focus to the new screen's heading whenever the screen changes, so keyboard and screen reader
 * users start reading where the content changed. Not on first mount: the host page decides where
 * focus starts, and the loading screen has nothing to read yet. Not when `mayMove` says no (see
 * `MoveFocus`).
 */
export function useFocusOnScreenChange(
  screen: Screen,
  mayMove: () => boolean = () => true,
): RefObject<HTMLHeadingElement | null> {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownScreen = useRef(screen);
  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    if (mayMove()) headingRef.current?.focus();
  }, [screen, mayMove]);
  return headingRef;
}
