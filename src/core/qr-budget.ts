/**
 * The longest otpauth URI the wizard draws as a QR code, in UTF-8 bytes. A typical one (a 52-character
 * key, issuer and account of 20 characters each) is about 110 bytes; a QR code grows a version every
 * ~20 bytes, and past ~400 bytes its modules get too small for a phone camera at the default size, long
 * before qrcode.react would refuse the data. Longer names (a long issuer, a long e-mail in a script
 * that percent-encodes to nine bytes a character) get the key as text instead.
 */
export const QR_URI_MAX_BYTES = 400;

/** Whether an otpauth URI fits a QR code a phone can scan at the default size. */
export function fitsQrCode(uri: string): boolean {
  return new TextEncoder().encode(uri).length <= QR_URI_MAX_BYTES;
}
