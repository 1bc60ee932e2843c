import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { URI, type TOTP } from 'otpauth';
import { PNG } from 'pngjs';

/** What a phone camera reads from a QR code on screen, and how big its modules are drawn. */
export interface QrReading {
  text: string;
  /** The QR version (1 to 40): 17 + 4 × version modules a side. */
  version: number;
  /** CSS pixels a module, from the distance between the finder patterns' centres. */
  modulePx: number;
}

/** Reads a QR code the way a phone camera would: from the pixels on screen. */
export async function measureQrCode(qr: Locator): Promise<QrReading> {
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  if (!box) throw new Error('the QR code is not on screen');
  // Take a margin of what surrounds it too: a scanner needs the quiet zone.
  const margin = 24;
  const image = PNG.sync.read(
    await qr.page().screenshot({
      clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    }),
  );
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!decoded) throw new Error('no QR code could be read from the screen');
  // The top finder patterns' centres are (modules − 7) modules apart; the screenshot is in device pixels.
  const { topLeftFinderPattern: left, topRightFinderPattern: right } = decoded.location;
  const devicePixels = Math.hypot(right.x - left.x, right.y - left.y) / (17 + 4 * decoded.version - 7);
  const scale = image.width / (box.width + 2 * margin);
  return { text: decoded.data, version: decoded.version, modulePx: devicePixels / scale };
}

/** The text of a QR code on screen, read from its pixels. */
export async function readQrCode(qr: Locator): Promise<string> {
  return (await measureQrCode(qr)).text;
}

export interface ScannedAccount {
  uri: string;
  secret: string;
  issuer: string;
  label: string;
  totp: TOTP;
}

/** Parses an otpauth:// URI as an authenticator app does. */
export function parseOtpauth(uri: string): ScannedAccount {
  const otp = URI.parse(uri);
  if (!('period' in otp)) throw new Error(`not a TOTP URI: ${uri}`);
  const totp = otp as TOTP;
  return { uri, secret: totp.secret.base32, issuer: totp.issuer, label: totp.label, totp };
}
