/**
 * The client's half of Cognito's SRP (USER_SRP_AUTH → PASSWORD_VERIFIER), so that the
 * password never leaves the browser. The arithmetic is cognito-srp-helper's (a maintained,
 * typed, browser-ready library); it is loaded on the first sign-in, so the page does not
 * pay for it (43 kB gzip) before then. The AWS SDK stays the transport.
 */

/** What PASSWORD_VERIFIER's ChallengeParameters carry for the client. */
export interface PasswordVerifierParameters {
  SALT?: string | undefined;
  SRP_B?: string | undefined;
  SECRET_BLOCK?: string | undefined;
  USER_ID_FOR_SRP?: string | undefined;
}

export interface SrpExchange {
  /** SRP_A for InitiateAuth's AuthParameters (hex of g^a mod N). */
  srpA: string;
  /** The ChallengeResponses that prove the password, for the PASSWORD_VERIFIER challenge. */
  answer(parameters: PasswordVerifierParameters): {
    USERNAME: string;
    PASSWORD_CLAIM_SECRET_BLOCK: string;
    PASSWORD_CLAIM_SIGNATURE: string;
    TIMESTAMP: string;
  };
}

/** Starts an SRP exchange for a user of a pool (its id names the pool in the hashes). */
export async function startSrp(username: string, password: string, userPoolId: string): Promise<SrpExchange> {
  const { createSrpSession, signSrpSession } = await import('cognito-srp-helper');
  // false: the password is the user's own, not one hashed beforehand.
  const session = createSrpSession(username, password, userPoolId, false);
  return {
    srpA: session.largeA,
    answer(parameters) {
      const signed = signSrpSession(session, { ChallengeParameters: { ...parameters } });
      return {
        USERNAME: parameters.USER_ID_FOR_SRP ?? username,
        PASSWORD_CLAIM_SECRET_BLOCK: signed.secret,
        PASSWORD_CLAIM_SIGNATURE: signed.passwordSignature,
        TIMESTAMP: signed.timestamp,
      };
    },
  };
}
