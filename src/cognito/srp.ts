/**
 * The client's half of Cognito's SRP (USER_SRP_AUTH → PASSWORD_VERIFIER), so that the
 * password never leaves the browser. The arithmetic is cognito-srp-helper's (a maintained,
 * typed, browser-ready library); it is loaded when first needed, so a page does not pay for it
 * (43 kB gzip) before then. The AWS SDK stays the transport.
 */
type SrpLibrary = typeof import('cognito-srp-helper');
/** The library's session: plain data (its .d.ts declares the type but does not export it by name). */
type SrpSession = ReturnType<SrpLibrary['createSrpSession']>;

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

/**
 * The client's ephemeral key pair (a, A = g^a mod N) for one exchange: it needs neither the user nor
 * the password, so it can be made while the user is still typing, which takes a 3072-bit modular
 * power off the time between Sign in and Cognito's challenge. Used once: `startSrp` consumes it.
 */
export type SrpEphemeral = SrpSession;

let loadedLibrary: SrpLibrary | undefined;
/**
 * The library, from the second call on without waiting for a task: a dynamic import() of a module
 * that is already here still resolves a task later, and at Sign in that task came after React's
 * render of the busy form, which held InitiateAuth back by tens of milliseconds on a phone.
 */
const srpLibrary = async (): Promise<SrpLibrary> => (loadedLibrary ??= await import('cognito-srp-helper'));

/** Loads the SRP arithmetic and makes a fresh ephemeral pair for a pool. */
export async function makeEphemeral(userPoolId: string): Promise<SrpEphemeral> {
  const { createSrpSession } = await srpLibrary();
  // No user yet: the library keeps the name and password as plain fields of its session, read only
  // when signing (startSrp fills them in). false: the password is the user's own, not pre-hashed.
  // Stryker disable next-line StringLiteral: the name and password given here are replaced by startSrp before any use.
  return createSrpSession('', '', userPoolId, false);
}

/**
 * The TIMESTAMP Cognito expects in the PASSWORD_VERIFIER answer ("Tue Nov 3 9:04:03 UTC 2026"),
 * formatted as cognito-srp-helper formats it (a test holds the two together). An ephemeral pair made
 * minutes before Sign in gets the time of its answer, not of its making.
 */
export function cognitoTimestamp(date: Date): string {
  // Written out, not by Intl (toLocaleString took ~5 ms on a slow phone between Cognito's challenge and the answer).
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Starts an SRP exchange for a user of a pool (its id names the pool in the hashes), with a pair made ahead if there is one. */
export async function startSrp(
  username: string,
  password: string,
  userPoolId: string,
  ephemeral?: SrpEphemeral,
): Promise<SrpExchange> {
  const { signSrpSession } = await srpLibrary();
  const session: SrpSession = { ...(ephemeral ?? (await makeEphemeral(userPoolId))), username, password };
  return {
    srpA: session.largeA,
    answer(parameters) {
      const signed = signSrpSession(
        { ...session, timestamp: cognitoTimestamp(new Date()) },
        { ChallengeParameters: { ...parameters } },
      );
      return {
        USERNAME: parameters.USER_ID_FOR_SRP ?? username,
        PASSWORD_CLAIM_SECRET_BLOCK: signed.secret,
        PASSWORD_CLAIM_SIGNATURE: signed.passwordSignature,
        TIMESTAMP: signed.timestamp,
      };
    },
  };
}
