interface OpenInAppLinkProps {
  otpauthUri: string;
  label: string;
  /** Called when the user follows the link: the key has then left for the app. */
  onOpen: () => void;
}

/**
 * A link that hands the otpauth URI to the authenticator app. Rendered only where the app is on the
 * same device (see usePhoneFirst): it is the one place besides the QR code that carries the key, and
 * on a desktop it would lead nowhere.
 */
export function OpenInAppLink({ otpauthUri, label, onOpen }: OpenInAppLinkProps) {
  return (
    <a className="mfa-wizard__open-in-app" href={otpauthUri} onClick={onOpen}>
      {label}
    </a>
  );
}
