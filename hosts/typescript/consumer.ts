// Uses every code entry the way a host would. Typechecked as ESM (.mts) and CommonJS (.cts) under
// node16 and nodenext, and as .ts under bundler and node10 (hosts/run.ts makes the copies).
import { createElement } from 'react';
import { MfaEnrollmentWizard, validateCode, type MfaEnrollmentWizardProps, type WizardStep } from 'cognito-mfa-wizard';
import { useMfaEnrollment, type MfaEnrollment } from 'cognito-mfa-wizard/headless';
import { buildOtpauthUri, groupSecret, normalizeCode, type CodeValidation } from 'cognito-mfa-wizard/helpers';

const props: MfaEnrollmentWizardProps = { accessToken: 'token', region: 'eu-west-1', issuer: 'Example', moveFocus: 'within' };
export const wizard = createElement(MfaEnrollmentWizard, props);
export const step: WizardStep = 'setup';
export const validation: CodeValidation = validateCode(normalizeCode('123 456'));
export const uri: string = buildOtpauthUri({ issuer: 'Example', accountName: 'alice', secret: 'JBSWY3DPEHPK3PXP' });
export const grouped: string = groupSecret('JBSWY3DPEHPK3PXP');
export function useView(): MfaEnrollment['step'] {
  return useMfaEnrollment({ accessToken: 'token', region: 'eu-west-1', issuer: 'Example' }).step;
}
