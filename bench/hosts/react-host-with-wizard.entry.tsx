import { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
import 'cognito-mfa-wizard/styles.css';
import { mountReactHost } from './react-host.tsx';

// The wizard with a client of its own, for the signed-in user.
mountReactHost((accessToken) => <MfaEnrollmentWizard region="eu-west-1" accessToken={accessToken} issuer="Example" />);
