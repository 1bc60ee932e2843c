import 'cognito-mfa-wizard/styles.css';
import './host.css';

export const metadata = { title: 'Next host' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
