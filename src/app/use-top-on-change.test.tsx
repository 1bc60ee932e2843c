import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTopOnChange } from './use-top-on-change';

afterEach(() => vi.restoreAllMocks());

describe('useTopOnChange', () => {
  it('scrolls to the top on each new screen, not when the page first shows or re-renders the same one', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { rerender } = renderHook(({ screen }) => useTopOnChange(screen), { initialProps: { screen: 'sign-in' } });
    expect(scrollTo).not.toHaveBeenCalled();
    rerender({ screen: 'sign-in' });
    expect(scrollTo).not.toHaveBeenCalled();
    rerender({ screen: 'enroll-session' });
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith(0, 0);
    rerender({ screen: 'signed-in' });
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });
});
