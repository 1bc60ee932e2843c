import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EnrollmentError, keyFromCognito, type EnrollmentAdapter } from '../core';
import { SECRET } from '../test/cognito-fakes';
import { EnrollmentWizard } from './enrollment-wizard';

/** A host's own adapter, as the README shows one: here its "backend" accepts 123456 only. */
function hostAdapter(): EnrollmentAdapter<{ mode: 'accessToken'; via: 'host-backend' }> {
  return {
    mode: 'accessToken',
    traits: { verifiedMeansEnrolled: 'unknown', canReplaceKey: true },
    associate: () => Promise.resolve({ secret: keyFromCognito(SECRET.toLowerCase()) }),
    verify: (code) =>
      code === '123456'
        ? Promise.resolve({})
        : Promise.reject(new EnrollmentError({ kind: 'enable-mfa-failed', operation: 'verify', name: 'EnableSoftwareTokenMFAException' })),
    complete: () => Promise.resolve({ mode: 'accessToken', via: 'host-backend' }),
  };
}

describe('EnrollmentWizard (an adapter only, no AWS SDK)', () => {
  it("enrolls through a host's adapter: its key in the QR code, a refused code kept on screen, its outcome to onComplete", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<EnrollmentWizard adapter={hostAdapter()} issuer="Acme" accountName="bob" onComplete={onComplete} />);
    expect(await screen.findByRole('img', { name: 'QR code for Acme (bob)' })).toBeVisible();
    const field = screen.getByRole('textbox', { name: '6-digit code' });
    await user.type(field, '654321{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/wasn't accepted/);
    expect(screen.getByRole('img', { name: 'QR code for Acme (bob)' })).toBeVisible();
    await user.type(field, '123456{Enter}');
    expect(await screen.findByRole('heading', { name: 'Authenticator app added' })).toHaveFocus();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ mode: 'accessToken', via: 'host-backend' }));
  });
});
