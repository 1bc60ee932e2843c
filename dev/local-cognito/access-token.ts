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
 * cognito-local only decodes access tokens; Cognito also checks the signature and
 * the expiry, and a client must meet "Access Token has expired" locally too.
 */
export function checkAccessToken(token: string): void {
  let claims: string | jwt.JwtPayload;
  try {
    claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw notAuthorized('Access Token has expired');
    throw notAuthorized('Invalid Access Token');
  }
  if (typeof claims === 'string' || claims.token_use !== 'access') {
    throw notAuthorized('Invalid Access Token');
  }
}
