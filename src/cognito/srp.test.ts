import { createSrpSession } from 'cognito-srp-helper';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoTimestamp } from './srp';

afterEach(() => vi.useRealTimers());

describe('cognitoTimestamp', () => {
  it.each([
    '2026-11-03T09:04:03Z', // a one-digit day, a morning hour
    '2026-01-25T00:00:00Z', // midnight: 00, not 24
    '2027-12-31T23:59:59Z',
  ])('writes %s exactly as cognito-srp-helper does', (iso) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
    expect(cognitoTimestamp(new Date())).toBe(createSrpSession('', '', 'eu-west-1_AbC123', false).timestamp);
  });

  it('reads as Cognito documents it', () => {
    expect(cognitoTimestamp(new Date('2026-11-03T09:04:03Z'))).toBe('Tue Nov 3 09:04:03 UTC 2026');
  });
});
