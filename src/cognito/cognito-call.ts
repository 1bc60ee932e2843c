import type {
  CognitoIdentityProviderClient,
  ServiceInputTypes,
  ServiceOutputTypes,
  VerifySoftwareTokenResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { EnrollmentError, type CallContext, type Credential, type WizardOperation } from '../core';
import { mapSdkError } from './map-sdk-error';
import { sendCommand, type CognitoCommand } from './send-command';

/**
 * The one way the built-in adapters call Cognito: each call sent once, within the wizard's deadline,
 * aborted when the wizard no longer wants its answer, and any failure sorted into an EnrollmentError.
 */
export function cognitoCaller(client: CognitoIdentityProviderClient, credential: Credential) {
  return async function call<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
    operation: WizardOperation,
    command: CognitoCommand<Input, Output>,
    { signal, timeoutMs }: CallContext,
  ): Promise<Output> {
    try {
      return await sendCommand(client, command, { once: true, signal, timeoutMs });
    } catch (reason) {
      throw mapSdkError(reason, operation, credential);
    }
  };
}

/**
 * VerifySoftwareToken may answer 200 with `Status: "ERROR"` instead of throwing; the only documented
 * reason is a code that does not match, so it is reported as one (and Cognito registered nothing).
 */
export function assertVerified(output: VerifySoftwareTokenResponse): void {
  if (output.Status === 'ERROR') {
    throw new EnrollmentError({ kind: 'code-mismatch', operation: 'verify', name: 'VerifySoftwareTokenStatusError' });
  }
}
