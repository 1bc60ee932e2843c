// The physical limit of each timing: the round trips it cannot do without, times the network's RTT.
// Pure, and tested in floors.test.ts.

export type TimedFigure = 'formUsable' | 'signInUsable' | 'signInToQr' | 'codeToSignedIn';

export interface RoundTrips {
  count: number;
  /** What they are, for the table's note. */
  why: string;
}

/** Cognito calls a sign-in flow chains before the MFA_SETUP challenge arrives. */
function signInCalls(flow: string | undefined): RoundTrips {
  switch (flow) {
    case 'USER_SRP_AUTH':
      return { count: 2, why: 'InitiateAuth, RespondToAuthChallenge (PASSWORD_VERIFIER)' };
    case 'USER_PASSWORD_AUTH':
      return { count: 1, why: 'InitiateAuth' };
    default:
      throw new Error(`no floor known for the sign-in flow ${flow ?? '(none seen)'}`);
  }
}

/**
 * The round trips a timing needs at the least, on a first visit:
 * - the form: the document, then the scripts and stylesheet it names (fetched together);
 * - Sign in to the QR code: a CORS preflight (a call to Cognito is a cross-origin POST with its own
 *   content type and X-Amz-Target, so the browser asks first, and a first visit has nothing cached),
 *   the sign-in flow's calls, then AssociateSoftwareToken;
 * - the code to signed in: VerifySoftwareToken, then RespondToAuthChallenge (MFA_SETUP), the preflight
 *   taken as still cached from the sign-in.
 */
export function roundTrips(figure: TimedFigure, signInFlow: string | undefined): RoundTrips {
  switch (figure) {
    case 'formUsable':
    case 'signInUsable':
      return { count: 2, why: 'the document, then its scripts and stylesheet' };
    case 'signInToQr': {
      const signIn = signInCalls(signInFlow);
      return { count: 2 + signIn.count, why: `a CORS preflight, ${signIn.why}, AssociateSoftwareToken` };
    }
    case 'codeToSignedIn':
      return { count: 2, why: 'VerifySoftwareToken, RespondToAuthChallenge' };
    default:
      return figure satisfies never;
  }
}

export const floorMs = (trips: RoundTrips, rttMs: number) => trips.count * rttMs;

/** Time to download `bytes` at `bytesPerSecond`: the other part of a download's limit. */
export const transferMs = (bytes: number, bytesPerSecond: number) => (bytes / bytesPerSecond) * 1000;
