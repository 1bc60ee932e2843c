import { useMediaQuery } from './use-media-query';

/**
 * A touch screen without hover: a phone (or tablet), where the authenticator app is on the device that
 * shows the wizard, so it cannot scan the QR code on its own screen. Input capability, not width: a
 * desktop at 200% zoom is as narrow as a phone but has a mouse, and its user's app is on a phone.
 */
export const PHONE_FIRST_QUERY = '(pointer: coarse) and (hover: none)';

/** Whether the setup screen leads with "Open in authenticator app" rather than the QR code. */
export function usePhoneFirst(): boolean {
  return useMediaQuery(PHONE_FIRST_QUERY);
}
