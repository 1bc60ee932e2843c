// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { amplify, ours } from './apps.ts';
import { phone, unthrottled } from './conditions.ts';
import type { RunResult } from './enrollment-run.ts';
import { conditionTable, flowOf, targets, type ConditionRuns } from './report.ts';

const run = (over: Partial<RunResult> = {}): RunResult => ({
  formUsable: 1000,
  signInUsable: 1100,
  signInToQr: 500,
  codeToSignedIn: 400,
  bytesBeforeForm: 85_000,
  bytesBeforeSignIn: 86_000,
  bytesTotal: 90_000,
  cognitoCalls: ['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge'],
  cognitoPreflights: 1,
  signInFlow: 'USER_PASSWORD_AUTH',
  ...over,
});
const hosts = { sdkHost: { without: 100_000, with: 123_000 }, reactHost: { without: 60_000, with: 150_000 } };

describe('targets under the phone condition', () => {
  const runs = (ourForm: number, ourQr: number, bytes: number): ConditionRuns => ({
    condition: phone,
    ours: [run({ formUsable: ourForm, signInUsable: 1100, signInToQr: ourQr, bytesBeforeForm: bytes })],
    amplify: [run({ formUsable: 2000, signInUsable: 2000 })],
  });

  it('passes each target at its bound', () => {
    expect(targets(runs(1000, 562.5, 90_000), hosts).map((t) => t.pass)).toEqual([true, true, true, true]);
  });

  it('misses each just past its bound', () => {
    const verdicts = targets(runs(1001, 563, 90_001), { ...hosts, sdkHost: { without: 100_000, with: 124_001 } });
    expect(verdicts.map((t) => t.pass)).toEqual([false, false, false, false]);
    expect(verdicts.map((t) => t.measured)).toEqual(['0.50× (Sign in usable: 0.55×)', '90.0 kB', '563 ms = 1.25×', '24.0 kB']);
  });

  it('measures Sign in to QR against the floor of the flow our page used', () => {
    const srp = { ...runs(1000, 700, 80_000), ours: [run({ signInToQr: 700, signInFlow: 'USER_SRP_AUTH' })] };
    expect(targets(srp, hosts)[2]).toMatchObject({ target: expect.stringContaining('600 ms'), pass: true });
  });
});

describe('a condition’s table', () => {
  it('gives medians with p95, the ratio and the floor in time on a throttled network', () => {
    const table = conditionTable(
      { condition: phone, ours: [run(), run({ formUsable: 1200 }), run()], amplify: [run({ formUsable: 2000 })] },
      { ours, amplify },
    );
    expect(table).toContain('| page load to the sign-in form usable | 1000 ms (1200 ms) | 2000 ms | 0.50× (0.60×) | 300 ms (2 RT) |');
    expect(table).toContain('| 4 + 1 preflight |');
  });

  it('gives the floors in round trips on loopback, per app when their flows differ', () => {
    const table = conditionTable(
      { condition: unthrottled, ours: [run()], amplify: [run({ signInFlow: 'USER_SRP_AUTH' })] },
      { ours, amplify },
    );
    expect(table).toContain('| ours 3 RT, Amplify 4 RT |');
  });

  it('refuses runs of one app that signed in different ways', () =>
    expect(() => flowOf([run(), run({ signInFlow: 'USER_SRP_AUTH' })])).toThrow(/different sign-in flows/));
});
