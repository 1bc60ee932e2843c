export { createEnrollmentAdapter } from './create-enrollment-adapter';
export { createCognitoClient, type CognitoClientOptions } from './create-cognito-client';
export { isSessionMode } from './mode-of';
// The options file holds nothing else; src/index.ts picks the public ones by name.
export type * from './adapter-options';
export {
  createSignIn,
  SignInError,
  type AuthFlow,
  type RequestOptions,
  type SignIn,
  type SignInErrorKind,
  type SignInOptions,
  type SignInStep,
} from './sign-in';
