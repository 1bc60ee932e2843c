'use client';
// A client page whose first render is the wizard itself, so Next prerenders it at build time and
// the browser hydrates that HTML. The token is no user's: Cognito refuses it once the page is live.
import { MfaEnrollmentWizard } from 'cognito-mfa-wizard';

const part = (value) => btoa(JSON.stringify(value)).replace(/=+$/, '');
const NOBODYS_TOKEN = `${part({ alg: 'RS256' })}.${part({ username: 'nobody' })}.c2lnbmF0dXJl`;

export default function DirectPage() {
  return (
    <main>
      <h1>Wizard in the first render</h1>
      <MfaEnrollmentWizard
        accessToken={NOBODYS_TOKEN}
        region={process.env.NEXT_PUBLIC_COGNITO_REGION}
        endpoint={process.env.NEXT_PUBLIC_COGNITO_ENDPOINT}
        issuer="Next host"
      />
    </main>
  );
}
