import { QRCodeSVG } from 'qrcode.react';

interface QrCodeProps {
  /** The otpauth URI to encode. */
  value: string;
  /** The text alternative, e.g. "QR code for Acme (alice)". */
  label: string;
}

/** The QR code, drawn locally as SVG (the key never leaves the page), announced as one image. */
export function QrCode({ value, label }: QrCodeProps) {
  return (
    <div className="mfa-wizard__qr" role="img" aria-label={label} data-testid="mfa-qr">
      <QRCodeSVG value={value} size={200} level="M" marginSize={4} aria-hidden="true" focusable="false" />
    </div>
  );
}
