import { DEFAULT_REQUEST_TIMEOUT_MS, type Messages, type MfaEnrollmentWizardProps } from 'cognito-mfa-wizard';
import { Alert } from '../screens/alert';
import { wizardChunk } from './chunks';
import { useChunk } from './use-chunk';

/**
 * The wizard, from its chunk. The page starts that download while the user signs in, so it is
 * normally there before this mounts and the wizard renders at once; otherwise this says the key is
 * being made while the chunk arrives (within the request deadline), or why it did not, with Try again.
 */
export function LazyEnrollmentWizard(props: MfaEnrollmentWizardProps & { messages: Messages }) {
  const { messages: w } = props;
  const chunk = useChunk(wizardChunk, props.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  if (chunk.module) {
    const { MfaEnrollmentWizard } = chunk.module;
    return <MfaEnrollmentWizard {...props} />;
  }
  if (chunk.failed) {
    return (
      <div className="mfa-wizard">
        <Alert>{w[`error:${chunk.failed}`]}</Alert>
        <button type="button" onClick={chunk.retry}>
          {w.tryAgain}
        </button>
      </div>
    );
  }
  return (
    <div className="mfa-wizard">
      <p role="status" className="mfa-wizard__status">
        {w.creatingKey}
      </p>
    </div>
  );
}
