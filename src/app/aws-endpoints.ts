// Rules about where the page may send a user's password and codes, shared by the page's
// configuration (config.ts) and the build's Content-Security-Policy (dev/content-security-policy.ts).

/** An AWS Region's name, like eu-west-1 or us-gov-west-1. */
export const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** https, or plain http to this machine only (a local Cognito): passwords and codes never cross a network in clear. */
export function isHttpsOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.includes(url.hostname));
}

/**
 * The origin of a Region's Cognito endpoint, as the AWS SDK resolves it:
 * https://cognito-idp.eu-west-1.amazonaws.com, and amazonaws.com.cn in the China Regions.
 */
export function regionalCognitoOrigin(region: string): string {
  return `https://cognito-idp.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}
