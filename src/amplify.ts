/**
 * cognito-mfa-wizard/amplify: the wizard on AWS Amplify v6's Auth, for hosts that sign in with Amplify.
 * aws-amplify is an optional peer dependency: only this entry imports it; the main entry never does.
 */
export { amplifySignedInAdapter, amplifyTotpSetupAdapter } from './amplify/amplify-adapters';
export type {
  AmplifyAuth,
  AmplifySignedInOptions,
  AmplifyTotpSetupOptions,
  AmplifyTotpSetupOutcome,
} from './amplify/amplify-adapters';
