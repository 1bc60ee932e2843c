import type { WizardErrorKind } from '../core';

// Its own file, free of the AWS SDK: a page that loads the SDK later can still tell a sign-in's
// errors apart from the start.

/**
 * The kinds of the wizard's errors, and those that only a sign-in meets. `auth-flow-not-enabled`:
 * the app client does not list the sign-in's flow in its ExplicitAuthFlows (Cognito answers
 * InvalidParameterException to the first request).
 */
export type SignInErrorKind =
  | WizardErrorKind
  | 'wrong-credentials'
  | 'password-rejected'
  | 'password-reused'
  | 'missing-session'
  | 'auth-flow-not-enabled';

export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    /** What went wrong, one kind per thing the user must do about it. */
    readonly kind: SignInErrorKind,
    /** The SDK error name, for diagnostics. */
    readonly errorName: string,
    /** The request may have done its work all the same (no answer, a server error, an unreadable answer). */
    readonly outcomeUnknown = false,
  ) {
    super(`sign-in failed: ${kind}`);
  }
}
