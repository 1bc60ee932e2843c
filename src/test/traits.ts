import type { AdapterTraits } from '../core';

/** What the built-in session adapter declares: a verified code counts for the MFA_SETUP sign-in; no second key. */
export const sessionTraits: AdapterTraits = { verifiedMeansEnrolled: true, canReplaceKey: false };
/** What the built-in access-token adapter declares: completion decides; the token can ask for a new key. */
export const tokenTraits: AdapterTraits = { verifiedMeansEnrolled: 'unknown', canReplaceKey: true };
/** Both, for rules that must hold whichever adapter runs. */
export const bothTraits = [
  ['session', sessionTraits],
  ['access-token', tokenTraits],
] as const;
