import { screen, waitFor, within } from '@testing-library/react';
import { TOTP, URI } from 'otpauth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeCognito, SECRET } from '../test/cognito-fakes';
import { laptop, phone, stubDevice, zoomedLaptop } from '../test/devices';
import { accessTokenMode, findSetupScreen, ISSUER, renderWizard, sessionMode, USERNAME } from '../test/render-wizard';

installFakeCognito();
afterEach(() => {
  vi.unstubAllGlobals();
});

const groups = SECRET.match(/.{1,4}/g) ?? [];

describe('the setup screen', () => {
  describe('given association is still running', () => {
    it('shows the heading and a status, without taking focus from the host page', async () => {
      renderWizard(sessionMode);
      expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).not.toHaveFocus();
      expect(screen.getByText('Creating your key…')).toHaveAttribute('role', 'status');
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'associating');
      await findSetupScreen();
    });
    it('draws the rest of the step to read meanwhile, with Verify waiting and no clock yet', async () => {
      renderWizard(sessionMode);
      expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
      expect(screen.getByRole('textbox', { name: '6-digit code' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-busy', 'false');
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.queryByRole('button', { name: /key/i })).toBeNull();
      expect(screen.queryByRole('timer')).toBeNull();
      await findSetupScreen();
    });

    it('is filled in by the key: the same heading, now with focus, Verify ready, the clock running', async () => {
      renderWizard(sessionMode);
      const heading = screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' });
      await findSetupScreen();
      expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).toBe(heading);
      expect(heading).toHaveFocus();
      expect(screen.queryByText('Creating your key…')).toBeNull();
      expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-disabled', 'false');
      expect(screen.getByRole('timer')).toBeVisible();
    });
  });

  describe('given association has finished', () => {
    it('moves focus to the setup heading', async () => {
      renderWizard(sessionMode);
      await findSetupScreen();
      expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).toHaveFocus();
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'setup');
    });

    it('names the QR code by issuer and account, and shows both', async () => {
      renderWizard(sessionMode);
      const qr = await findSetupScreen();
      expect(qr).toHaveAccessibleName(`QR code for ${ISSUER} (${USERNAME})`);
      expect(qr).toHaveAttribute('data-testid', 'mfa-qr');
      expect(qr.querySelector('svg')).not.toBeNull();
      expect(screen.getByText(ISSUER, { selector: 'dd' })).toBeVisible();
      expect(screen.getByText(USERNAME, { selector: 'dd' })).toBeVisible();
    });

    it('shows the account from the access token in access-token mode', async () => {
      renderWizard(accessTokenMode);
      expect(await findSetupScreen()).toHaveAccessibleName(`QR code for ${ISSUER} (bob)`);
    });

    it('prefers the accountName the host gives', async () => {
      renderWizard({ ...accessTokenMode, accountName: 'bob@example.com' });
      expect(await findSetupScreen()).toHaveAccessibleName(`QR code for ${ISSUER} (bob@example.com)`);
    });

    it('lists numbered instructions', async () => {
      renderWizard(sessionMode);
      await findSetupScreen();
      const steps = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(steps).toHaveLength(3);
      expect(steps[2]).toHaveTextContent('Enter the 6-digit code');
    });

    it('does not show the key until asked', async () => {
      renderWizard(sessionMode);
      await findSetupScreen();
      expect(screen.getByRole('button', { name: "Can't scan it? Show the key" })).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByTestId('mfa-secret')).toBeNull();
      expect(document.body.textContent).not.toContain(SECRET.slice(0, 8));
    });
  });

  describe('when the user opens "Can\'t scan it?" by keyboard', () => {
    it('shows the key in groups of four, and the button, expanded, says "Hide the key" and hides it again', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.tab();
      const disclosure = screen.getByRole('button', { name: "Can't scan it? Show the key" });
      expect(disclosure).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(disclosure).toHaveAttribute('aria-expanded', 'true');
      expect(disclosure).toHaveAccessibleName('Hide the key');
      const key = screen.getByTestId('mfa-secret');
      expect(Array.from(key.children, (group) => group.textContent)).toEqual(groups);
      // Apart by their margin, not by spaces: the text of the key is the key.
      expect(key).toHaveTextContent(SECRET, { normalizeWhitespace: false });
      await user.keyboard('{Enter}');
      expect(disclosure).toHaveAttribute('aria-expanded', 'false');
      expect(disclosure).toHaveAccessibleName("Can't scan it? Show the key");
      expect(screen.queryByTestId('mfa-secret')).toBeNull();
    });
  });

  describe('when the user copies the key', () => {
    it('puts the unspaced key on the clipboard and says "Copied"', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
      await user.click(screen.getByRole('button', { name: 'Copy key' }));
      expect((await screen.findByText('Copied')).closest('[role="status"]')).not.toBeNull();
      await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);
    });

    it('says "Copied" again, as new text in the status region, when the key is copied again', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
      await user.click(screen.getByRole('button', { name: 'Copy key' }));
      const first = await screen.findByText('Copied');
      await user.click(screen.getByRole('button', { name: 'Copy key' }));
      // A live region announces what is added to it: the same words in a new node are announced again.
      await waitFor(() => expect(screen.getByText('Copied')).not.toBe(first));
      expect(first).not.toBeInTheDocument();
      expect(screen.getByText('Copied').closest('[role="status"]')).not.toBeNull();
    });

    it('says copying failed and selects the key when the clipboard refuses', async () => {
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      await user.click(screen.getByRole('button', { name: 'Copy key' }));
      const status = await screen.findByText(/Copying didn't work/);
      expect(status.closest('[role="status"]')).not.toBeNull();
      expect(screen.queryByText('Copied')).toBeNull();
      // Selected without spaces, so a copy by keyboard or menu pastes as the key.
      expect(window.getSelection()?.toString()).toBe(SECRET);
    });
  });

  describe('given a phone: a touch screen without hover', () => {
    it('holds the link\'s place while the key is made, and the buttons under it, not yet usable', async () => {
      stubDevice(phone);
      renderWizard(sessionMode);
      expect(screen.getByText('Creating your key…')).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByRole('button', { name: 'Scan with another device' })).toBeDisabled();
      expect(screen.getByRole('button', { name: "Can't open it? Show the key" })).toBeDisabled();
      await screen.findByRole('link', { name: 'Open in authenticator app' });
      expect(screen.queryByText('Creating your key…')).toBeNull();
      expect(screen.getByRole('button', { name: "Can't open it? Show the key" })).toBeEnabled();
    });

    it('leads with "Open in authenticator app" and steps for one device; the QR code waits behind "Scan with another device"', async () => {
      stubDevice(phone);
      const { user } = renderWizard(sessionMode);
      const link = await screen.findByRole('link', { name: 'Open in authenticator app' });
      const otp = URI.parse(link.getAttribute('href') ?? '');
      expect(otp).toBeInstanceOf(TOTP);
      expect([otp.secret.base32, otp.issuer, otp.label]).toEqual([SECRET, ISSUER, USERNAME]);
      const steps = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(steps[0]).toHaveTextContent('Tap "Open in authenticator app"');
      expect(steps[2]).toHaveTextContent('Come back here and enter the 6-digit code');
      expect(screen.queryByRole('img', { name: /^QR code for / })).toBeNull();

      const scan = screen.getByRole('button', { name: 'Scan with another device' });
      expect(scan).toBeEnabled();
      await user.click(scan);
      expect(screen.getByRole('img', { name: `QR code for ${ISSUER} (${USERNAME})` })).toBeVisible();
      expect(scan).toHaveAccessibleName('Hide the QR code');
      expect(scan).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('button', { name: "Can't open it? Show the key" })).toBeVisible();
    });
  });

  describe.each([
    ['a laptop', laptop],
    ['a laptop at 200% zoom, as narrow as a phone', zoomedLaptop],
  ])('given %s', (_case, device) => {
    it('shows the QR code with steps to scan it, and no link to an app that is not on this device', async () => {
      stubDevice(device);
      renderWizard(sessionMode);
      await findSetupScreen();
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Scan with another device' })).toBeNull();
      expect(within(screen.getByRole('list')).getAllByRole('listitem')[1]).toHaveTextContent('scan this QR code');
    });
  });

  describe('given a desktop screen', () => {
    it('has no link, and the key is in no URL on the page', async () => {
      stubDevice(laptop);
      renderWizard(sessionMode);
      await findSetupScreen();
      expect(screen.queryByRole('link')).toBeNull();
      const urls = Array.from(document.querySelectorAll('[href], [src], [action]'), (element) =>
        ['href', 'src', 'action'].map((name) => element.getAttribute(name) ?? '').join(' '),
      );
      expect(urls.join(' ')).not.toContain(SECRET);
      expect(window.location.href).not.toContain(SECRET);
    });
  });
});
