import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

export interface CognitoClientOptions {
  /** The user pool's AWS Region, e.g. "eu-west-1". */
  region: string;
  /** Another endpoint than AWS's, e.g. a local Cognito emulator. */
  endpoint?: string | undefined;
}

/**
 * A client for the four public calls the wizard makes. Deliberately given no credentials:
 * in this SDK version AssociateSoftwareToken, VerifySoftwareToken, RespondToAuthChallenge and
 * SetUserMFAPreference resolve to the `smithy.api#noAuth` scheme (see the generated
 * httpAuthSchemeProvider), so the request is sent unsigned and no credential provider is ever asked.
 * Empty access keys would instead look like credentials and invite SigV4 signing.
 */
export function createCognitoClient({ region, endpoint }: CognitoClientOptions): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient(endpoint ? { region, endpoint } : { region });
}
