'use client';
// A client page: the host's sign-in, then the wizard.
import { HostApp } from '../host-app.jsx';

const config = {
  region: process.env.NEXT_PUBLIC_COGNITO_REGION,
  endpoint: process.env.NEXT_PUBLIC_COGNITO_ENDPOINT,
  clientIds: {
    required: process.env.NEXT_PUBLIC_REQUIRED_CLIENT_ID,
    optional: process.env.NEXT_PUBLIC_OPTIONAL_CLIENT_ID,
  },
  poolIds: {
    required: process.env.NEXT_PUBLIC_REQUIRED_POOL_ID,
    optional: process.env.NEXT_PUBLIC_OPTIONAL_POOL_ID,
  },
};

export default function EnrollPage() {
  return <HostApp config={config} />;
}
