// Must NOT typecheck, under every resolution: one deliberate error an entry. Declarations that
// resolved to `any` would let all three pass in silence (hosts/run.ts expects exactly these errors).
import { MfaEnrollmentWizard } from 'cognito-mfa-wizard';
import { useMfaEnrollment } from 'cognito-mfa-wizard/headless';
import { validateCode } from 'cognito-mfa-wizard/helpers';

export const wrongProp = MfaEnrollmentWizard({ accessToken: 42, region: 'eu-west-1', issuer: 'Example' });
export const wrongOption: typeof useMfaEnrollment = () => 'not an enrollment';
export const wrongResult: number = validateCode('123456');
