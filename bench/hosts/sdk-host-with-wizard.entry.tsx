import { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
import 'cognito-mfa-wizard/styles.css';
import { mountSdkHost } from './sdk-host.tsx';

// The wizard on the host's own client, for the user the host signed in.
mountSdkHost((client, accessToken) => <MfaEnrollmentWizard client={client} accessToken={accessToken} issuer="Example" />);
