import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jwt from 'jsonwebtoken';
import { notAuthorized } from './errors.ts';

const require = createRequire(import.meta.url);
const publicKey = (
  JSON.parse(readFileSync(require.resolve('cognito-local/lib/keys/cognitoLocal.public.json'), 'utf8')) as {
    pem: string;
  }
).pem;

/**
 * A token's claims once its signature (RS256 with the local key: never "alg: none")
 * and expiry hold. cognito-local only decodes tokens; Cognito checks them, and a
 * client must meet "Access Token has expired" locally too.
 */
export function verifiedClaims(token: string, kind: 'Access' | 'Refresh'): jwt.JwtPayload {
  let claims: string | jwt.JwtPayload;
  try {
    claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw notAuthorized(`${kind} Token has expired`);
    throw notAuthorized(`Invalid ${kind} Token`);
  }
  if (typeof claims === 'string') throw notAuthorized(`Invalid ${kind} Token`);
  return claims;
}

/** An access token's claims, checked for signature, expiry and use. */
export function checkAccessToken(token: string): jwt.JwtPayload {
  const claims = verifiedClaims(token, 'Access');
  if (claims.token_use !== 'access') throw notAuthorized('Invalid Access Token');
  return claims;
}
