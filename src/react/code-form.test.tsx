import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cognitoError, commands, installFakeCognito } from '../test/cognito-fakes';
import { codeField, findSetupScreen, renderWizard, sessionMode, verifyButton } from '../test/render-wizard';
import { defaultMessages } from './messages';

const cognito = installFakeCognito();
const hint = defaultMessages.codeHint;

/** A verify that never answers, to hold the wizard in flight. */
function holdVerify() {
  cognito.on(commands.verify).callsFake(() => new Promise(() => {}));
}

describe('the code form', () => {
  it('has one code field made for one-time codes, with nothing that truncates a paste', async () => {
    renderWizard(sessionMode);
    await findSetupScreen();
    const field = codeField();
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).not.toHaveAttribute('maxlength');
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
  });

  it('starts the device name empty, with an example as its placeholder', async () => {
    renderWizard(sessionMode);
    await findSetupScreen();
    const deviceName = screen.getByRole('textbox', { name: 'Device name (optional)' });
    expect(deviceName).toHaveValue('');
    expect(deviceName).toHaveAttribute('placeholder', 'For example: Work phone');
    expect(deviceName).toHaveAccessibleDescription(defaultMessages.deviceNameHint);
  });

  it('prefills the device name with the host value', async () => {
    renderWizard({ ...sessionMode, defaultDeviceName: 'Alice phone' });
    await findSetupScreen();
    expect(screen.getByRole('textbox', { name: 'Device name (optional)' })).toHaveValue('Alice phone');
  });

  describe('where its messages are', () => {
    it('puts a message about the code under the code field, before the device name, marked by a sign as well as colour', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(verifyButton());
      const alert = await screen.findByRole('alert');
      const deviceName = screen.getByRole('textbox', { name: 'Device name (optional)' });
      expect(codeField().compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(alert.compareDocumentPosition(deviceName) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(alert.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(alert).toHaveTextContent(/^Enter the 6-digit code/);
    });

    it('puts a message about the request (throttling) under Verify, not under the code field', async () => {
      cognito.on(commands.verify).rejects(cognitoError('TooManyRequestsException'));
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.type(codeField(), '123456{Enter}');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(defaultMessages['error:too-many-requests']);
      expect(verifyButton().compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(codeField()).toHaveAttribute('aria-invalid', 'false');
    });
  });

  describe.each([
    ['nothing', '', 'Enter the 6-digit code from your authenticator app.'],
    ['five digits', '12345', 'The code is too short: enter all 6 digits.'],
    ['seven digits', '1234567', 'The code is too long: enter only the 6 digits your app shows.'],
    ['letters', '12345a', 'The code can only contain digits (0–9).'],
  ])('when the user submits %s', (_case, typed, message) => {
    it('says why once (an alert, not also the field it focuses), marks the field and sends nothing', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      if (typed) await user.type(codeField(), typed);
      await user.click(verifyButton());
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(codeField()).toHaveAttribute('aria-invalid', 'true');
      expect(codeField()).toHaveFocus();
      expect(codeField()).toHaveAccessibleDescription(hint);
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
    });

    it('describes the field with the message once the user has left it, for when they come back', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      if (typed) await user.type(codeField(), typed);
      await user.click(verifyButton());
      await screen.findByRole('alert');
      await user.tab();
      expect(codeField()).not.toHaveFocus();
      await user.tab({ shift: true });
      expect(codeField()).toHaveFocus();
      expect(codeField()).toHaveAccessibleDescription(`${message} ${hint}`);
    });
  });

  describe('when the user presses Enter in the field with nothing in it', () => {
    it('announces the message through the alert, as focus stays where it is', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(codeField());
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent(defaultMessages['code:empty']);
      expect(codeField()).toHaveFocus();
      expect(codeField()).toHaveAccessibleDescription(hint);
    });
  });

  describe('when the user types again after a validation message', () => {
    it('takes back the message and the invalid mark, and checks again only on the next submit', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.type(codeField(), '12345');
      await user.click(verifyButton());
      expect(await screen.findByRole('alert')).toHaveTextContent('The code is too short');

      await user.type(codeField(), 'x');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(codeField()).toHaveAttribute('aria-invalid', 'false');
      expect(codeField()).toHaveAccessibleDescription(hint);

      await user.click(verifyButton());
      expect(await screen.findByRole('alert')).toHaveTextContent('The code can only contain digits (0–9).');
      expect(codeField()).toHaveAttribute('aria-invalid', 'true');
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
    });
  });

  describe.each([
    ['spaces', '123 456'],
    ['a dash', '123-456'],
    ['full-width digits', '１２３４５６'],
  ])('when the user pastes a code with %s', (_case, pasted) => {
    it('sends the six digits', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(codeField());
      await user.paste(pasted);
      expect(codeField()).toHaveValue(pasted);
      await user.keyboard('{Enter}');
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input.UserCode).toBe('123456');
    });
  });

  describe('when the user renames the device', () => {
    it('sends the new name as FriendlyDeviceName', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      const deviceName = screen.getByRole('textbox', { name: 'Device name (optional)' });
      await user.clear(deviceName);
      await user.type(deviceName, '  Work phone ');
      await user.type(codeField(), '123456{Enter}');
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input.FriendlyDeviceName).toBe('Work phone');
    });

    it('sends no name when the field is emptied', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.clear(screen.getByRole('textbox', { name: 'Device name (optional)' }));
      await user.type(codeField(), '123456{Enter}');
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input).not.toHaveProperty('FriendlyDeviceName', 'Authenticator app');
      expect(cognito.commandCalls(commands.verify)[0]?.args[0].input.FriendlyDeviceName).toBeUndefined();
    });
  });

  describe('when a verify is in flight', () => {
    it('shows Verify busy but focusable, and says the code is being checked', async () => {
      holdVerify();
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await user.click(verifyButton());
      expect(verifyButton()).toHaveAttribute('aria-busy', 'true');
      expect(verifyButton()).toHaveAttribute('aria-disabled', 'true');
      expect(verifyButton()).not.toBeDisabled();
      expect(screen.getByText('Checking your code…')).toHaveAttribute('role', 'status');
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'verifying');
    });

    it.each([
      ['a double click', async (user: ReturnType<typeof renderWizard>['user']) => user.dblClick(verifyButton())],
      ['Enter pressed twice', async (user: ReturnType<typeof renderWizard>['user']) => user.keyboard('{Enter}{Enter}')],
      [
        'a click then Enter',
        async (user: ReturnType<typeof renderWizard>['user']) => {
          await user.click(verifyButton());
          await user.type(codeField(), '{Enter}');
        },
      ],
    ])('sends one Verify for %s', async (_case, submitTwice) => {
      holdVerify();
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await submitTwice(user);
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
      // Give any stray second submit time to arrive before counting again.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cognito.commandCalls(commands.verify)).toHaveLength(1);
    });
  });
});
