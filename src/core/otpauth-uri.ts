import { normalizeSecret } from './secret-key';

export interface OtpauthUriInput {
  /** The service name the app shows above the code. */
  issuer: string;
  /** The account the app shows under it (username or e-mail). */
  accountName: string;
  /** The base32 key from AssociateSoftwareToken. */
  secret: string;
}

/**
 * The Key URI that authenticator apps scan, as short as the format allows:
 * `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…`. Cognito's TOTP is SHA-1, 6 digits, 30 seconds,
 * which is what every authenticator app assumes when the URI does not say, so it does not say: each
 * character left out makes the QR code's modules larger and easier to scan. The issuer is in both the
 * label and the parameter, as the Key URI Format recommends (older apps read only the label).
 * Issuer and account are each encoded with encodeURIComponent, so a '#', '?' or '&' in a username
 * cannot cut the URI short or change the secret. ':' separates issuer from account in the label,
 * so it is kept out of both.
 */
export function buildOtpauthUri({ issuer, accountName, secret }: OtpauthUriInput): string {
  const cleanIssuer = labelPart(issuer);
  const cleanAccount = labelPart(accountName);
  const label = cleanIssuer
    ? `${encodeURIComponent(cleanIssuer)}:${encodeURIComponent(cleanAccount)}`
    : encodeURIComponent(cleanAccount);
  const params = [
    `secret=${normalizeSecret(secret)}`,
    ...(cleanIssuer ? [`issuer=${encodeURIComponent(cleanIssuer)}`] : []),
  ];
  return `otpauth://totp/${label}?${params.join('&')}`;
}

/** What the label will show for an issuer or account: ':' turned into a space, spaces tidied. */
export function labelPart(text: string): string {
  return text.replace(/[:\uff1a]/g, ' ').replace(/\s+/g, ' ').trim();
}
