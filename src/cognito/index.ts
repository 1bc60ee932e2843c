export { createEnrollmentAdapter } from './create-enrollment-adapter';
export { createCognitoClient, type CognitoClientOptions } from './create-cognito-client';
export { isSessionMode } from './mode-of';
// The adapter's types file holds nothing else; src/index.ts picks the public ones by name.
export type * from './enrollment-adapter';
export {
  createSignIn,
  SignInError,
  type AuthFlow,
  type SignIn,
  type SignInErrorKind,
  type SignInOptions,
  type SignInStep,
} from './sign-in';
