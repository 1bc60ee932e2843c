import { describe, expect, it } from 'vitest';
import { qrSegments } from './qr-segments';

describe('qrSegments', () => {
  it.each([
    ['an otpauth URI: the key apart', 'otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Acme', [
      'otpauth://totp/Acme:alice?secret=',
      'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      '&issuer=Acme',
    ]],
    ['a key at the end', 'secret=JBSWY3DPEHPK3PXP', ['secret=', 'JBSWY3DPEHPK3PXP']],
    ['a key alone', 'JBSWY3DPEHPK3PXP', ['JBSWY3DPEHPK3PXP']],
    ['a percent-encoded run', 'x%C3%A9%C3%A9%20y', ['x', '%C3%A9%C3%A9%20', 'y']],
    ['runs too short to pay', 'ab%20CD%20ef', ['ab%20CD%20ef']],
    ['lower case only', 'otpauth://totp/alice', ['otpauth://totp/alice']],
    ['nothing', '', ['']],
  ])('cuts %s', (_case, text, pieces) => {
    expect(qrSegments(text)).toEqual(pieces);
    expect(qrSegments(text).join('')).toBe(text);
  });
});
