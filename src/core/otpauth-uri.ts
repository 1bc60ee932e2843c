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
 * The Key URI that authenticator apps scan:
 * `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
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
    'algorithm=SHA1',
    'digits=6',
    'period=30',
  ];
  return `otpauth://totp/${label}?${params.join('&')}`;
}

/** What the label will show for an issuer or account: ':' turned into a space, spaces tidied. */
export function labelPart(text: string): string {
  return text.replace(/[:\uff1a]/g, ' ').replace(/\s+/g, ' ').trim();
}
