// What the page downloads after it shows: the sign-in with the AWS SDK's Cognito client (the SRP
// arithmetic is a further chunk, which SignIn.prepare loads).
export { createSignIn } from 'cognito-mfa-wizard';
