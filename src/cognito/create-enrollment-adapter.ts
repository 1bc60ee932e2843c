import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import type { AuthenticationResult, EnrollmentAdapter } from '../core';
import { createAccessTokenAdapter } from './access-token-adapter';
import { createCognitoClient } from './create-cognito-client';
import type { EnrollmentAdapterOptions } from './adapter-options';
import { isSessionMode } from './mode-of';
import { createSessionAdapter } from './session-adapter';

// The core mirrors the SDK's token type so that it needs no SDK import; fail the build if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tokensMatchSdk: Same<AuthenticationResult, AuthenticationResultType> = true;
void tokensMatchSdk;

/** The adapter for the mode the inputs describe, on the host's client or one made from region/endpoint. */
export function createEnrollmentAdapter(options: EnrollmentAdapterOptions): EnrollmentAdapter {
  const client = options.client ?? createCognitoClient({ region: options.region, endpoint: options.endpoint });
  return isSessionMode(options) ? createSessionAdapter(client, options) : createAccessTokenAdapter(client, options);
}
