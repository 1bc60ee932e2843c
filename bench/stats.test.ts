// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCount, formatKb, formatMs, formatRatio, median, percentile, summarize } from './stats.ts';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 30, 20], 15],
  ])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

  it('is NaN with no runs, so that a table shows a gap rather than a zero', () => expect(median([])).toBeNaN());

  it('leaves the caller’s array in its order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  it('p95 of 10 runs is the slowest', () => expect(percentile(ten, 95)).toBe(10));
  it('p50 of 10 runs is the 5th fastest', () => expect(percentile(ten, 50)).toBe(5));
  it('p95 of 20 runs is the 19th', () => expect(percentile([...ten, ...ten.map((v) => v + 10)], 95)).toBe(19));
  it('p0 is the fastest', () => expect(percentile(ten, 0)).toBe(1));
  it('summarize gives both', () => expect(summarize(ten)).toEqual({ median: 5.5, p95: 10 }));
});

describe('formatting', () => {
  it.each([
    [68, 100, '0.68×'],
    [150, 100, '1.50×'],
    [1, 3, '0.33×'],
    [5, 0, '–'],
    [NaN, 3, '–'],
  ])('ratio %d ÷ %d is %s', (ours, theirs, text) => expect(formatRatio(ours, theirs)).toBe(text));

  it('rounds milliseconds', () => expect(formatMs(1887.6)).toBe('1888 ms'));
  it('gives kB of 1,000 bytes, as the size budgets are', () => expect(formatKb(90_000)).toBe('90.0 kB'));
  it('counts whole numbers as such and medians of counts to one decimal', () => {
    expect(formatCount(4)).toBe('4');
    expect(formatCount(4.5)).toBe('4.5');
  });
  it('shows a gap for what was not measured', () => {
    expect(formatMs(NaN)).toBe('–');
    expect(formatKb(NaN)).toBe('–');
  });
});
