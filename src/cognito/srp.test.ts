import { createSrpSession, signSrpSession } from 'cognito-srp-helper';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cognitoTimestamp, makeEphemeral, startSrp } from './srp';

afterEach(() => vi.useRealTimers());

describe('cognitoTimestamp', () => {
  it.each([
    '2026-11-03T09:04:03Z', // a one-digit day, a morning hour
    '2026-01-25T00:00:00Z', // midnight: 00, not 24
    '2027-12-31T23:59:59Z',
    '2028-02-29T12:05:09Z', // a leap day, a one-digit minute and second
    '2026-06-14T15:30:00Z', // a Sunday in June
  ])('writes %s exactly as cognito-srp-helper does', (iso) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
    expect(cognitoTimestamp(new Date())).toBe(createSrpSession('', '', 'eu-west-1_AbC123', false).timestamp);
  });

  it('reads as Cognito documents it', () => {
    expect(cognitoTimestamp(new Date('2026-11-03T09:04:03Z'))).toBe('Tue Nov 3 09:04:03 UTC 2026');
  });
});

describe('startSrp', () => {
  it("proves a plain password as cognito-srp-helper does when given the user's name and password from the start", async () => {
    const poolId = 'eu-west-1_AbC123';
    const parameters = {
      SALT: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      SRP_B: '5eed'.repeat(96),
      SECRET_BLOCK: btoa('a secret block'),
      USER_ID_FOR_SRP: 'alice-id',
    };
    // The pair is made before the user is known, as `prepare` does.
    const ephemeral = await makeEphemeral(poolId);
    const answer = (await startSrp('alice', 'Passw0rd!', poolId, ephemeral)).answer(parameters);
    const reference = signSrpSession(
      { ...createSrpSession('alice', 'Passw0rd!', poolId, false), smallA: ephemeral.smallA, largeA: ephemeral.largeA, timestamp: answer.TIMESTAMP },
      { ChallengeParameters: parameters },
    );
    expect(answer).toEqual({
      USERNAME: 'alice-id',
      PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
      PASSWORD_CLAIM_SIGNATURE: reference.passwordSignature,
      TIMESTAMP: reference.timestamp,
    });
  });
});
