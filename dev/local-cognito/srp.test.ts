import { createSrpSession, signSrpSession } from 'cognito-srp-helper';
import { describe, expect, it } from 'vitest';
import {
  claimSignature,
  N,
  newSalt,
  serverEphemeral,
  sessionKey,
  signatureMatches,
  SrpInputError,
  verifierOf,
} from './srp.ts';

// A known vector: the client's side (A, and the key and signature from the B below) computed by
// amazon-cognito-identity-js 6.3.21's AuthenticationHelper with a fixed a = 'c0ffee' × 40 ‖ '01';
// the server's b = '5eed' × 16, pool "AbC123", user "alice", password "Passw0rd!".
const POOL = 'AbC123';
const USER = 'alice';
const PASSWORD = 'Passw0rd!';
const SALT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const b = BigInt(`0x${'5eed'.repeat(16)}`);
const SECRET_BLOCK = 'YSBzZWNyZXQgYmxvY2sgZnJvbSB0aGUgc2VydmVy';
const TIMESTAMP = 'Mon Jan 5 09:04:03 UTC 2026';
const A =
  '839168a8650c4197460d81c78aa6a3cf91288451046c30fb584ddb330bfe2f2e188f28e29f630578598141e983d423ca' +
  'e7d693d45bd2c2e85bc3f26a4a27fc2bff5ccc3e28855e495f8ac11291a2b3b1ed374c08db0f0ab1aef9a2bc3778ace0' +
  '0d8ee64ca52273578d5a4a2c7170c11c84855f9b0941bb389d257428e7c350d9a9e1ed7d4b017b6b4e5a34c230d5efa2' +
  'c74c0ad23cf6ad64894d9215a8f30dd937a7430c786959e12328f0e6194814d7fc8feb998a5bd22dc73d8ecceb603440' +
  '32a0eb40d46215e9620b68e6c1a6b3d7c064efe0496995d6fe2297a74daedac88b68aa20f3adfa7922c22dd1813c5ca4' +
  '6a1a056f52a40bf4c152d66faf34f4c402ab1c3afb5182651d12361081af05550131bfb3f295ca745aa9b91d45f9e47b' +
  'b8d763b498255f1c5356669c56fe26576f2664be6de24f39b28065dc3476593f1afb0ae83abfa8b6bcb72f1d53039ee6' +
  '6d0fe70ecbc9dc32524299577d9316ad99e4b96594e5790908c5623f04c2f2afb0e7ebc5dbaac483756246b04d86cbea';
const B =
  'f48ed3b44878fb96a267112253afe71f8bde7ea492751b9581eb5be7eb2d7c68286bb3471d31745c854eb964a8f34a3d' +
  '9f7db9cd06c61932e041acffcc28e36216945a0dee6605a054232413ee55675350a65c85b9e38b888211a43381b7f472' +
  '24e58a02770ae5e94658b074b2a858df1e808540c7794822b978ad6ff84fa8ad30ccf1dbb278d9b8628d536aa40b1b6e' +
  '3b209888d35b925652a3d0ba27e28e70d5b8f6b31fb078a6696de3ae340648fee3f4b1914b4ecb06f65506c3f8152eb1' +
  'b0195e007425d89900e78b303707025a7d6410ab3ff020ab378e29f761078b3ed9a93ef43fd40126b60af1526998f76e' +
  '9d80223050835603a148bec9113c4fb4b64299c40249fa758dbcd9041150218724b400165b4dc08b690317102a03cf61' +
  '1188dbf0c6cdb629d61fad8cd9a435d3d49a312307008c3c125c37f09d704151b45290c7c552c9b2c9ff5bf1a2b1a0a7' +
  '66aa6286c4d02f292490fe2dda12f925f5bdacceccb7064d177dbf2a9a51dba48d9c95456a1976389f4009a9c025110d';
const KEY = '457e639e24624b635232b4d918ff0382';
const SIGNATURE = 'dn/IMxpfXzcm8mH9ndOH5Y/X7fYnX/WpZRsHqFO/UMU=';

describe("the local Cognito's SRP arithmetic", () => {
  describe('given the known vector', () => {
    const verifier = verifierOf(POOL, USER, PASSWORD, SALT);

    it("computes B from the password's verifier and b", () => {
      expect(serverEphemeral(verifier, b).B).toBe(B);
    });

    it("derives amazon-cognito-identity-js's key and accepts its signature", () => {
      const key = sessionKey(A, B, b, verifier);
      expect(key.toString('hex')).toBe(KEY);
      expect(claimSignature(key, POOL, USER, SECRET_BLOCK, TIMESTAMP)).toBe(SIGNATURE);
      expect(signatureMatches(claimSignature(key, POOL, USER, SECRET_BLOCK, TIMESTAMP), SIGNATURE)).toBe(true);
    });

    it('gives another signature for another password, user, pool or timestamp', () => {
      const signed = (pool: string, user: string, password: string, timestamp: string) =>
        claimSignature(sessionKey(A, B, b, verifierOf(pool, user, password, SALT)), pool, user, SECRET_BLOCK, timestamp);
      expect(signed(POOL, USER, 'passw0rd!', TIMESTAMP)).not.toBe(SIGNATURE);
      expect(signed(POOL, 'alicE', PASSWORD, TIMESTAMP)).not.toBe(SIGNATURE);
      expect(signed('AbC124', USER, PASSWORD, TIMESTAMP)).not.toBe(SIGNATURE);
      expect(signed(POOL, USER, PASSWORD, 'Mon Jan 5 09:04:04 UTC 2026')).not.toBe(SIGNATURE);
    });
  });

  it.each([
    ['0', '0'.repeat(4)],
    ['N', N.toString(16)],
    ['2N', (2n * N).toString(16)],
    ['not hex', 'xyz'],
  ])('refuses an SRP_A of %s (S would not depend on the password)', (_, srpA) => {
    expect(() => sessionKey(srpA, B, b, 1n)).toThrow(SrpInputError);
  });

  it('signs in a client of cognito-srp-helper, with fresh randomness on both sides', () => {
    const salt = newSalt();
    const verifier = verifierOf(POOL, USER, PASSWORD, salt);
    const server = serverEphemeral(verifier);
    const client = createSrpSession(USER, PASSWORD, `us-east-1_${POOL}`, false);
    const signed = signSrpSession(client, {
      ChallengeParameters: { SALT: salt, SECRET_BLOCK, SRP_B: server.B, USER_ID_FOR_SRP: USER },
    });
    const expected = claimSignature(sessionKey(client.largeA, server.B, server.b, verifier), POOL, USER, SECRET_BLOCK, signed.timestamp);
    expect(signatureMatches(expected, signed.passwordSignature)).toBe(true);
  });
});
