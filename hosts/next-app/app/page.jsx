// A React Server Component: the pure helpers run on the server, from the main entry (whose React
// modules are client modules) and from cognito-mfa-wizard/helpers.
import { buildOtpauthUri, normalizeCode, validateCode } from 'cognito-mfa-wizard';
import { groupSecret } from 'cognito-mfa-wizard/helpers';

export default function Home() {
  const check = validateCode(normalizeCode(' 123 456 '));
  return (
    <main>
      <h1>Next host</h1>
      <dl>
        <dt>validateCode</dt>
        <dd data-testid="validate">{JSON.stringify(check)}</dd>
        <dt>groupSecret</dt>
        <dd data-testid="group">{groupSecret('JBSWY3DPEHPK3PXP')}</dd>
        <dt>buildOtpauthUri</dt>
        <dd data-testid="uri">{buildOtpauthUri({ issuer: 'Next host', accountName: 'a#b', secret: 'JBSWY3DPEHPK3PXP' })}</dd>
      </dl>
      <a href="/enroll">Enroll</a>
    </main>
  );
}
