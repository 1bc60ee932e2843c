import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cognitoError, commands, failOnce, installFakeCognito } from '../test/cognito-fakes';
import { codeField, findSetupScreen, sessionMode, verifyButton } from '../test/render-wizard';
import { MfaEnrollmentWizard } from './mfa-enrollment-wizard';
import type { WizardViewProps } from './wizard-view';

const cognito = installFakeCognito();

/** A host page: its own search field, focused, and the wizard beside it. */
function renderInHostPage(props: WizardViewProps) {
  const user = userEvent.setup();
  render(
    <>
      <input aria-label="Search the page" />
      <MfaEnrollmentWizard {...sessionMode} {...props} />
    </>,
  );
  const hostField = screen.getByRole('textbox', { name: 'Search the page' });
  hostField.focus();
  return { user, hostField };
}

const setupHeading = () => screen.getByRole('heading', { name: 'Set up your authenticator app' });

describe('moveFocus', () => {
  describe('given the default', () => {
    it('moves focus to the setup heading when the key arrives, even from the host page', async () => {
      renderInHostPage({});
      await findSetupScreen();
      expect(setupHeading()).toHaveFocus();
    });
  });

  describe("given 'within' and focus on the host page", () => {
    it('leaves focus where the user is when the key arrives', async () => {
      const { hostField } = renderInHostPage({ moveFocus: 'within' });
      await findSetupScreen();
      expect(hostField).toHaveFocus();
      expect(setupHeading()).not.toHaveFocus();
    });

    it('leaves focus where the user is when a refused code comes back after they moved on', async () => {
      // Cognito answers only once the user has gone back to the page.
      let answer: (value?: unknown) => void = () => {};
      const answered = new Promise((resolve) => (answer = resolve));
      cognito.on(commands.verify).callsFake(async () => {
        await answered;
        throw cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
      });
      const { user, hostField } = renderInHostPage({ moveFocus: 'within' });
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await user.click(verifyButton());
      await user.click(hostField);
      answer();
      expect(await screen.findByRole('alert')).toHaveTextContent(/code/i);
      expect(codeField()).toHaveValue('');
      expect(hostField).toHaveFocus();
    });
  });

  describe("given 'within' and focus inside the wizard", () => {
    it('moves focus to the next step, as by default', async () => {
      const { user } = renderInHostPage({ moveFocus: 'within' });
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await user.click(verifyButton());
      expect(await screen.findByRole('heading', { name: 'Authenticator app added' })).toHaveFocus();
    });

    it('puts the cursor back in the code field after a refused code', async () => {
      failOnce(cognito, 'verify', cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch'));
      const { user } = renderInHostPage({ moveFocus: 'within' });
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await user.click(verifyButton());
      await screen.findByRole('alert');
      expect(codeField()).toHaveFocus();
      expect(codeField()).toHaveValue('');
    });
  });
});

describe('colorScheme', () => {
  it.each(['light', 'dark', 'auto'] as const)('marks the root with %s for the stylesheet', async (colorScheme) => {
    const { container } = render(<MfaEnrollmentWizard {...sessionMode} colorScheme={colorScheme} />);
    await findSetupScreen();
    expect(container.querySelector('.mfa-wizard')).toHaveAttribute('data-color-scheme', colorScheme);
  });

  it("follows the page's color-scheme when not given", async () => {
    const { container } = render(<MfaEnrollmentWizard {...sessionMode} />);
    await findSetupScreen();
    expect(container.querySelector('.mfa-wizard')).not.toHaveAttribute('data-color-scheme');
  });
});
