export { createEnrollmentAdapter } from './create-enrollment-adapter';
export { createCognitoClient, type CognitoClientOptions } from './create-cognito-client';
export type {
  AccessTokenModeInputs,
  Association,
  ClientSource,
  EnrollmentAdapter,
  EnrollmentAdapterOptions,
  ModeInputs,
  SessionModeInputs,
} from './enrollment-adapter';
export { createSignIn, SignInError, type SignIn, type SignInErrorKind, type SignInOptions, type SignInStep } from './sign-in';
