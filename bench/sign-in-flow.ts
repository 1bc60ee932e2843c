/**
 * How the Amplify peer signs in: the one switch to flip when the local Cognito's sign-in changes.
 *
 * The local Cognito speaks SRP, so the peer signs in as Amplify does out of the box
 * ('USER_SRP_AUTH'); 'USER_PASSWORD_AUTH' makes it send the password instead (for a Cognito that
 * speaks only that). Our page always uses its own default flow; the bench reads the flow each app
 * used from its InitiateAuth request and counts the round trips the floors need from that.
 */
export const AMPLIFY_SIGN_IN_FLOW: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH' = 'USER_SRP_AUTH';
