// A host's test of its settings page, written as many are: CommonJS, no JSX, no config for the package.
const { createElement } = require('react');
const { render, screen, fireEvent } = require('@testing-library/react');
const { MfaEnrollmentWizard, validateCode } = require('cognito-mfa-wizard');

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const accessToken = `${part({ alg: 'RS256' })}.${part({ username: 'jest-user' })}.sig`;

/** A Cognito client that answers Associate with a key and refuses every code. */
function fakeClient() {
  const sent = [];
  return {
    sent,
    async send(command) {
      sent.push(command.constructor.name);
      if (command.constructor.name === 'AssociateSoftwareTokenCommand') return { SecretCode: SECRET };
      const error = new Error('Code mismatch and fail enable Software Token MFA');
      error.name = 'EnableSoftwareTokenMFAException';
      error.$metadata = { httpStatusCode: 400 };
      throw error;
    },
  };
}

test('the pure helpers load from the CommonJS build', () => {
  expect(validateCode(' 123 456 ')).toEqual({ ok: true, code: '123456' });
});

test('the wizard reaches the setup step with a faked client, then says a refused code is wrong', async () => {
  const client = fakeClient();
  render(createElement(MfaEnrollmentWizard, { client, accessToken, issuer: 'Jest host' }));

  expect(await screen.findByRole('img', { name: 'QR code for Jest host (jest-user)' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Set up your authenticator app' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /can't scan it/i }));
  // Shown in groups of four; selected and copied as the app wants it, without spaces.
  const key = screen.getByTestId('mfa-secret');
  expect([...key.children].map((group) => group.textContent)).toEqual(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'JBSW', 'Y3DP', 'EHPK', '3PXP']);
  expect(key.textContent).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');

  fireEvent.change(screen.getByRole('textbox', { name: '6-digit code' }), { target: { value: '123456' } });
  fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
  expect(await screen.findByRole('alert')).toBeTruthy();
  expect(client.sent).toEqual(['AssociateSoftwareTokenCommand', 'VerifySoftwareTokenCommand']);
});
