// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitsQrCode, QR_URI_MAX_BYTES } from './qr-budget';

describe('fitsQrCode', () => {
  it('draws a URI of up to the budget in UTF-8 bytes, and none longer', () => {
    const base = 'otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme';
    const pad = (bytes: number) => base + 'x'.repeat(bytes - base.length);
    expect(fitsQrCode(base)).toBe(true);
    expect(fitsQrCode(pad(QR_URI_MAX_BYTES))).toBe(true);
    expect(fitsQrCode(pad(QR_URI_MAX_BYTES + 1))).toBe(false);
  });

  it('counts bytes, not characters: a label in a script that takes several bytes a character', () => {
    // 150 characters of three bytes each: 450 bytes, though far fewer than 400 characters.
    const uri = `otpauth://totp/${'漢'.repeat(150)}?secret=JBSWY3DPEHPK3PXP`;
    expect(uri.length).toBeLessThan(QR_URI_MAX_BYTES);
    expect(fitsQrCode(uri)).toBe(false);
  });
});
