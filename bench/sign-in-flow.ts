/**
 * How the Amplify peer signs in: the one switch to flip when the local Cognito's sign-in changes.
 *
 * The local Cognito speaks USER_PASSWORD_AUTH only, so the peer is told to use it. Once it speaks
 * SRP, set this to 'USER_SRP_AUTH', Amplify's default, and the peer signs in as Amplify does out of
 * the box. Our page always uses its own default flow; the bench reads the flow each app used from
 * its InitiateAuth request and counts the round trips the floors need from that.
 */
export const AMPLIFY_SIGN_IN_FLOW: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH' = 'USER_PASSWORD_AUTH';
