import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOtpauthUri } from '../core';
import { QrCode } from './qr-code';

const SECRET_32 = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The QR version drawn: the SVG's viewBox is the modules plus a 4-module quiet zone each side. */
function versionDrawn(uri: string): number {
  const { container } = render(<QrCode value={uri} label="QR code" />);
  const side = Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2]);
  return (side - 8 - 17) / 4;
}

describe('the QR code', () => {
  it.each([
    ['the demo', 'Cognito MFA demo', 'alice'],
    ['20-character names', 'Example Corporation1', 'someone@example.org'],
    ['20 characters with spaces and signs', 'Acme & Sons Ltd (EU)', 'first.last@acme.com1'],
    ['20 characters, every other a space', 'A B C D E F G H I J ', 'a b c d e f g h i j '],
  ])('is version 7 or less for a 32-character key and %s', (_case, issuer, accountName) => {
    expect(versionDrawn(buildOtpauthUri({ issuer, accountName, secret: SECRET_32 }))).toBeLessThanOrEqual(7);
  });
});
