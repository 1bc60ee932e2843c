// What the page downloads after it shows: the sign-in with the AWS SDK's Cognito client (the SRP
// arithmetic is a further chunk, which SignIn.prepare loads).
export { createSignIn } from 'cognito-mfa-wizard';
// The screens that follow an answer from Cognito, which cannot come before this chunk has.
export { NewPasswordScreen } from '../screens/new-password-screen';
export { SignedInScreen } from '../screens/signed-in-screen';
export { TotpScreen } from '../screens/totp-screen';
