// The wizard's view (the QR code, the code form), downloaded while the user signs in.
export { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
