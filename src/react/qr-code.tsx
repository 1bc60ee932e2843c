import { QRCodeSVG } from 'qrcode.react';
import { useMemo } from 'react';
import { qrSegments } from '../core';

interface QrCodeProps {
  /** The otpauth URI to encode. */
  value: string;
  /** The text alternative, e.g. "QR code for Acme (alice)". */
  label: string;
}

/**
 * The QR code, drawn locally as SVG (the key never leaves the page), announced as one image.
 * Made for a camera at arm's length: the fewest modules the URI allows (the key in alphanumeric mode,
 * error correction L, which the encoder raises wherever that costs no extra modules; a screen is not
 * a label that gets scratched), drawn at --mfa-qr-size with the standard 4-module quiet zone. A
 * 32-character key with an issuer and account of up to 20 characters each fits version 7 (45 modules),
 * 4.5 CSS px a module at the default 15rem.
 */
export function QrCode({ value, label }: QrCodeProps) {
  const segments = useMemo(() => qrSegments(value), [value]);
  return (
    <div className="mfa-wizard__qr" role="img" aria-label={label} data-testid="mfa-qr">
      <QRCodeSVG value={segments} level="L" boostLevel marginSize={4} aria-hidden="true" focusable="false" />
    </div>
  );
}
