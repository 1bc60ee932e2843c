import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOnce, installFakeCognito, networkFailure } from '../test/cognito-fakes';
import { phone, stubDevice } from '../test/devices';
import { codeField, findSetupScreen, renderWizard, sessionMode } from '../test/render-wizard';
import { defaultMessages } from './messages';

const cognito = installFakeCognito();
afterEach(() => {
  vi.unstubAllGlobals();
});

const cancelButton = () => screen.getByRole('button', { name: 'Cancel' });
const question = () => screen.getByRole('group', { name: defaultMessages.cancelQuestion });

describe('Cancel on the setup screen', () => {
  describe('given the QR code is on screen (the user may have added the entry)', () => {
    it('says what becomes of the entry and asks, with focus on the question, before calling onCancel', async () => {
      const onCancel = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onCancel });
      await findSetupScreen();
      await user.click(cancelButton());

      expect(question()).toHaveFocus();
      expect(question()).toHaveAccessibleDescription(defaultMessages.cancelEffect);
      expect(question()).toHaveTextContent("that entry won't work: delete it");
      expect(onCancel).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Stop setup' }));
      expect(onCancel).toHaveBeenCalledOnce();
    });

    it('goes back with "Keep setting up" or Escape, focus on Cancel again, and calls nothing', async () => {
      const onCancel = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onCancel });
      await findSetupScreen();

      await user.click(cancelButton());
      await user.click(screen.getByRole('button', { name: 'Keep setting up' }));
      expect(screen.queryByRole('group', { name: defaultMessages.cancelQuestion })).toBeNull();
      expect(cancelButton()).toHaveFocus();

      await user.keyboard('{Enter}');
      expect(question()).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Keep setting up' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(cancelButton()).toHaveFocus();
      expect(onCancel).not.toHaveBeenCalled();
    });
  });

  describe("given a Verify whose answer was lost (Cognito may have registered the entry)", () => {
    it('says both what to do if asked for a code and if shown a new QR code', async () => {
      failOnce(cognito, 'verify', networkFailure());
      const { user } = renderWizard({ ...sessionMode, onCancel: vi.fn() });
      await findSetupScreen();
      await user.type(codeField(), '123456{Enter}');
      await screen.findByRole('alert');
      await user.click(cancelButton());
      expect(question()).toHaveAccessibleDescription(defaultMessages.cancelEffectUncertain);
    });
  });

  describe('given a phone, before the user opened the app, the QR code or the key', () => {
    it('cancels at once: there is no entry to speak of', async () => {
      stubDevice(phone);
      const onCancel = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onCancel });
      await screen.findByRole('link', { name: 'Open in authenticator app' });
      await user.click(cancelButton());
      expect(onCancel).toHaveBeenCalledOnce();
    });

    it('asks once the key was shown', async () => {
      stubDevice(phone);
      const onCancel = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onCancel });
      await screen.findByRole('link', { name: 'Open in authenticator app' });
      await user.click(screen.getByRole('button', { name: "Can't open it? Show the key" }));
      await user.click(cancelButton());
      expect(question()).toHaveFocus();
      expect(onCancel).not.toHaveBeenCalled();
    });
  });
});
