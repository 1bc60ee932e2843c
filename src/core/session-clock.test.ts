// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatClock, isRunningOut, sessionDeadline, sessionValidityMinutes, timeLeft } from './session-clock';

describe('sessionDeadline', () => {
  it.each([
    [1_000, undefined, 1_000 + 180_000],
    [1_000, 3, 1_000 + 180_000],
    [0, 15, 900_000],
  ])('from %d with %s minutes is %d', (issuedAt, minutes, deadline) => {
    expect(sessionDeadline(issuedAt, minutes)).toBe(deadline);
  });
});

describe('sessionValidityMinutes', () => {
  it.each<[number | undefined, number]>([
    [undefined, 3],
    [3, 3],
    [5, 5],
    [15, 15],
    [2, 3],
    [0, 3],
    [-4, 3],
    [20, 15],
    [Number.NaN, 3],
    [Number.POSITIVE_INFINITY, 3],
  ])('for %s is %d (3 to 15; the default for what is no number)', (given, minutes) => {
    expect(sessionValidityMinutes(given)).toBe(minutes);
  });
});

describe('timeLeft', () => {
  it.each([
    [10_000, 4_000, 6_000],
    [10_000, 10_000, 0],
    [10_000, 12_000, 0],
  ])('with deadline %d at %d is %d', (deadline, now, left) => {
    expect(timeLeft(deadline, now)).toBe(left);
  });
});

describe('formatClock', () => {
  it.each([
    [180_000, '3:00'],
    [161_000, '2:41'],
    [160_001, '2:41'],
    [60_000, '1:00'],
    [59_999, '1:00'],
    [9_000, '0:09'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe('isRunningOut', () => {
  it.each([
    [60_000, false],
    [59_999, true],
    [1, true],
    [0, false],
  ])('at %d ms left is %s', (ms, expected) => {
    expect(isRunningOut(ms)).toBe(expected);
  });
});
