import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MfaEnrollmentWizard, type MfaEnrollmentWizardProps } from '../react/mfa-enrollment-wizard';
import { SESSION_FROM_CHALLENGE } from './cognito-fakes';

export const ISSUER = 'Acme';
export const USERNAME = 'alice@example.com';

/** An unsigned JWT-shaped token whose payload has a `username` claim, as Cognito's access tokens do. */
export function accessTokenFor(username: string): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${part({ alg: 'RS256' })}.${part({ username, token_use: 'access' })}.sig`;
}

export const sessionMode = {
  region: 'eu-west-1',
  issuer: ISSUER,
  session: SESSION_FROM_CHALLENGE,
  username: USERNAME,
  clientId: 'client-id',
} satisfies MfaEnrollmentWizardProps;

export const accessTokenMode = {
  region: 'eu-west-1',
  issuer: ISSUER,
  accessToken: accessTokenFor('bob'),
} satisfies MfaEnrollmentWizardProps;

interface RenderOptions {
  strict?: boolean;
}

/** Renders the wizard as a host would, with a user-event session. */
export function renderWizard(props: MfaEnrollmentWizardProps, { strict = false }: RenderOptions = {}) {
  const user = userEvent.setup();
  const element = <MfaEnrollmentWizard {...props} />;
  const view = render(strict ? <StrictMode>{element}</StrictMode> : element);
  return { user, ...view };
}

/** Waits for association to finish: the QR code appears. */
export async function findSetupScreen() {
  return screen.findByRole('img', { name: /^QR code for / });
}

export function codeField() {
  return screen.getByRole('textbox', { name: '6-digit code' });
}

export function verifyButton() {
  return screen.getByRole('button', { name: 'Verify' });
}
