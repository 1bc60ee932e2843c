// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { floorMs, roundTrips, transferMs } from './floors.ts';

describe('round trips a timing cannot do without', () => {
  it('the form: the document, then what it names', () => expect(roundTrips('formUsable', undefined).count).toBe(2));

  it.each([
    ['USER_PASSWORD_AUTH', 3],
    ['USER_SRP_AUTH', 4],
  ])('Sign in to the QR code with %s: a preflight, the flow, Associate: %d', (flow, count) =>
    expect(roundTrips('signInToQr', flow).count).toBe(count),
  );

  it('the code to signed in: Verify, then RespondToAuthChallenge', () =>
    expect(roundTrips('codeToSignedIn', 'USER_SRP_AUTH').count).toBe(2));

  it('refuses to guess the floor of a flow it does not know', () => {
    expect(() => roundTrips('signInToQr', 'CUSTOM_AUTH')).toThrow(/CUSTOM_AUTH/);
    expect(() => roundTrips('signInToQr', undefined)).toThrow(/none seen/);
  });
});

describe('floors in time', () => {
  it('are the round trips times the RTT', () => expect(floorMs(roundTrips('signInToQr', 'USER_PASSWORD_AUTH'), 150)).toBe(450));
  it('are 0 on loopback', () => expect(floorMs(roundTrips('formUsable', undefined), 0)).toBe(0));
  it('a download adds its bytes over the bandwidth: 90 kB at 1.6 Mbps is 450 ms', () =>
    expect(transferMs(90_000, 1_600_000 / 8)).toBe(450));
});
