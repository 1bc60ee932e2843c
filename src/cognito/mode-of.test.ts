import { describe, expect, it } from 'vitest';
import type { ModeInputs } from './adapter-options';
import { createEnrollmentAdapter } from './create-enrollment-adapter';
import { isSessionMode } from './mode-of';

const session: ModeInputs = { session: 'session-from-challenge-0000', username: 'alice', clientId: 'client-id' };
const accessToken: ModeInputs = { accessToken: 'a.b.c' };
// What untyped code could pass: both. The token decides, as it does everywhere.
const both = { ...session, accessToken: 'a.b.c' } as unknown as ModeInputs;

describe('isSessionMode', () => {
  it.each<[string, ModeInputs, boolean]>([
    ['session inputs', session, true],
    ['an access token', accessToken, false],
    ['both, from untyped code', both, false],
  ])('%s → %s, and the adapter picks the same mode', (_case, inputs, expected) => {
    expect(isSessionMode(inputs)).toBe(expected);
    expect(createEnrollmentAdapter({ region: 'eu-west-1', ...inputs }).mode).toBe(expected ? 'session' : 'accessToken');
  });
});
