import type { Messages } from './messages';

/**
 * The link to the operator's page on what to do when the phone is lost. It opens in a new tab and
 * says so: the enrollment and the sign-in live in this tab's memory only, and leaving it ends them.
 */
export function HelpLink({ href, messages, className }: { href: string; messages: Messages; className?: string }) {
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {messages.lostPhoneHelp} {messages.opensInNewTab}
    </a>
  );
}
