import { useMediaQuery } from './use-media-query';

/** Phone-sized screens and touch-first devices, where the authenticator app is on the same device. */
export const PHONE_QUERY = '(max-width: 40rem), (pointer: coarse)';

interface OpenInAppLinkProps {
  otpauthUri: string;
  label: string;
}

/**
 * A link that hands the otpauth URI to the authenticator app. Rendered only on a phone: it is the
 * one place besides the QR code that carries the key, and on a desktop it would lead nowhere.
 */
export function OpenInAppLink({ otpauthUri, label }: OpenInAppLinkProps) {
  const onPhone = useMediaQuery(PHONE_QUERY);
  if (!onPhone) return null;
  return (
    <a className="mfa-wizard__open-in-app" href={otpauthUri}>
      {label}
    </a>
  );
}
