// The wizard's view (the QR code, the code form), downloaded while the user signs in.
export { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
// The wizard's adapter, made (and its key asked for) when the sign-in answers, before the wizard renders.
export { associateAhead, createEnrollmentAdapter } from 'cognito-mfa-wizard';
