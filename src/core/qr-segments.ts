/**
 * A run of characters that a QR code's alphanumeric mode holds (0–9, A–Z, space and `$%*+-./:`), long
 * enough to pay for its own segment. Alphanumeric mode spends 5.5 bits a character where byte mode
 * spends 8; a switch there and back costs two segment headers (4 + 9 and 4 + 8 bits at versions 1 to 9),
 * 25 bits, so from 11 characters on the run saves space.
 */
const ALPHANUMERIC_RUN = /[0-9A-Z $%*+\-./:]{11,}/g;

/**
 * The text cut into the pieces a QR encoder should encode separately: long alphanumeric runs (an
 * otpauth URI's base32 key, percent-encoded names) apart from the rest. Joined, they are the text.
 * A smaller QR version at the same size means larger modules, which a camera reads from further away.
 */
export function qrSegments(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of text.matchAll(ALPHANUMERIC_RUN)) {
    if (match.index > from) pieces.push(text.slice(from, match.index));
    pieces.push(match[0]);
    from = match.index + match[0].length;
  }
  if (from < text.length || pieces.length === 0) pieces.push(text.slice(from));
  return pieces;
}
