import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WizardErrorKind } from '../core';
import {
  cognitoError,
  commands,
  failOnce,
  installFakeCognito,
  networkFailure,
  OTHER_SECRET,
  SECRET,
  SESSION_FROM_ASSOCIATE,
  SESSION_FROM_VERIFY,
  TOKENS,
} from '../test/cognito-fakes';
import {
  accessTokenMode,
  codeField,
  findSetupScreen,
  renderWizard,
  sessionMode,
  verifyButton,
} from '../test/render-wizard';
import { defaultMessages } from './messages';
import type { MfaEnrollmentWizardProps } from './mfa-enrollment-wizard';

const cognito = installFakeCognito();

type Mode = 'session' | 'accessToken';
const props = (mode: Mode) => (mode === 'session' ? sessionMode : accessTokenMode);
const message = (kind: WizardErrorKind) => defaultMessages[`error:${kind}`];
const heading = (kind: WizardErrorKind) => defaultMessages[`errorHeading:${kind}`];

async function submitCode(user: ReturnType<typeof renderWizard>['user'], code = '123456') {
  await user.type(codeField(), code);
  await user.click(verifyButton());
}

const sessionExpired = 'Invalid session for the user, session is expired.';
const sessionUsed = 'Invalid session for the user, session can only be used once.';
const sessionInvalid = 'Invalid session for the user.';

describe('errors while verifying', () => {
  describe.each<[string, Mode, () => unknown, WizardErrorKind]>([
    ['EnableSoftwareTokenMFAException', 'session', () => cognitoError('EnableSoftwareTokenMFAException'), 'enable-mfa-failed'],
    ['CodeMismatchException', 'accessToken', () => cognitoError('CodeMismatchException'), 'code-mismatch'],
    ['ExpiredCodeException', 'session', () => cognitoError('ExpiredCodeException'), 'code-already-used'],
  ])('given Cognito answers %s (%s mode)', (_name, mode, thrown, kind) => {
    it('keeps the QR, the key and the session, clears and focuses the field, and mentions what to do once', async () => {
      failOnce(cognito, 'verify', thrown());
      const { user } = renderWizard(props(mode));
      await findSetupScreen();
      await submitCode(user, '111111');

      expect(await screen.findByRole('alert')).toHaveTextContent(message(kind));
      expect(codeField()).toHaveValue('');
      expect(codeField()).toHaveFocus();
      expect(codeField()).toHaveAttribute('aria-invalid', 'true');
      // Announced by the alert; the field it focuses does not also read it as its description.
      expect(codeField()).toHaveAccessibleDescription(defaultMessages.codeHint);
      expect(screen.getByRole('img', { name: /^QR code for / })).toBeVisible();
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'setup');

      await submitCode(user, '222222');
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(2));
      const [first, second] = cognito.commandCalls(commands.verify).map((call) => call.args[0].input);
      expect(second?.UserCode).toBe('222222');
      expect(second?.Session).toBe(mode === 'session' ? SESSION_FROM_ASSOCIATE : undefined);
      expect(second?.AccessToken).toBe(first?.AccessToken);
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    });
  });

  describe('given Verify answers without the next session (session mode)', () => {
    it('says something went wrong and never completes with the session it spent', async () => {
      cognito.on(commands.verify).resolves({ Status: 'SUCCESS' });
      const onError = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onError });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('alert')).toHaveTextContent(message('unknown'));
      expect(onError).toHaveBeenCalledExactlyOnceWith({
        kind: 'unknown',
        operation: 'verify',
        name: 'MissingSession',
        outcomeUnknown: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cognito.commandCalls(commands.respond)).toHaveLength(0);
    });
  });

  describe('when the user starts typing the next code after a wrong one', () => {
    it('no longer marks the field invalid, and keeps saying what went wrong until the next submit', async () => {
      failOnce(cognito, 'verify', cognitoError('CodeMismatchException'));
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await submitCode(user);
      await screen.findByRole('alert');
      expect(codeField()).toHaveAttribute('aria-invalid', 'true');

      await user.type(codeField(), '6');
      expect(codeField()).toHaveAttribute('aria-invalid', 'false');
      expect(screen.getByRole('alert')).toHaveTextContent(message('code-mismatch'));
    });
  });

  it("mentions the account's newest entry (an earlier setup's entry never matches) and the phone clock for a wrong code", () => {
    for (const kind of ['code-mismatch', 'enable-mfa-failed'] as const) {
      expect(message(kind)).toContain("Use this account's newest entry in your app");
      expect(message(kind)).toContain('check that the time on your phone is set automatically');
    }
  });

  describe.each<[string, Mode, () => unknown, WizardErrorKind]>([
    ['TooManyRequestsException', 'session', () => cognitoError('TooManyRequestsException'), 'too-many-requests'],
    ['LimitExceededException', 'accessToken', () => cognitoError('LimitExceededException'), 'limit-exceeded'],
    ['InternalErrorException', 'session', () => cognitoError('InternalErrorException', 'boom', 500), 'internal-error'],
    ['a network failure', 'session', networkFailure, 'network'],
    ['an unknown error', 'accessToken', () => cognitoError('SurpriseException'), 'unknown'],
  ])('given %s (%s mode)', (_name, mode, thrown, kind) => {
    it('stays on the setup screen with everything kept, and says so', async () => {
      failOnce(cognito, 'verify', thrown());
      const { user } = renderWizard(props(mode));
      await findSetupScreen();
      await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
      await submitCode(user);

      expect(await screen.findByRole('alert')).toHaveTextContent(message(kind));
      expect(codeField()).toHaveValue('123456');
      expect(screen.getByTestId('mfa-secret')).toHaveTextContent(SECRET.slice(0, 4));
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'setup');
      expect(screen.getByRole('img', { name: /^QR code for / })).toBeVisible();
    });
  });

  describe.each<[string, Mode, string, WizardErrorKind]>([
    ['an expired session', 'session', sessionExpired, 'session-expired'],
    ['a used session', 'session', sessionUsed, 'session-used'],
    ['an invalid session', 'session', sessionInvalid, 'session-invalid'],
    ['an expired access token', 'accessToken', 'Access Token has expired', 'not-authorized'],
    ['an invalid access token', 'accessToken', 'Invalid Access Token', 'not-authorized'],
  ])('given NotAuthorizedException for %s', (_case, mode, cognitoMessage, kind) => {
    it('goes to the failed step, focuses its heading and asks the host to sign in again', async () => {
      failOnce(cognito, 'verify', cognitoError('NotAuthorizedException', cognitoMessage));
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...props(mode), onRestart });
      await findSetupScreen();
      await submitCode(user);

      const failedHeading = await screen.findByRole('heading', { level: 2, name: heading(kind) });
      expect(failedHeading).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(message(kind));
      expect(screen.queryByRole('img', { name: /^QR code for / })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(onRestart).not.toHaveBeenCalled();

      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith(kind, { enrolled: false });
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    });
  });

  describe.each<[string, WizardErrorKind]>([
    ['InvalidParameterException', 'invalid-parameter'],
    ['ResourceNotFoundException', 'resource-not-found'],
    ['InvalidUserPoolConfigurationException', 'invalid-pool-configuration'],
    ['SoftwareTokenMFANotFoundException', 'mfa-not-enabled'],
    ['PasswordResetRequiredException', 'password-reset-required'],
    ['UserNotFoundException', 'user-not-found'],
    ['UserNotConfirmedException', 'user-not-confirmed'],
    ['ForbiddenException', 'forbidden'],
  ])('given %s', (name, kind) => {
    it('goes to the failed step with its own heading and message, and offers Cancel', async () => {
      failOnce(cognito, 'verify', cognitoError(name));
      const onCancel = vi.fn();
      const onError = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onCancel, onError });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading(kind) })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(message(kind));
      expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind, name, operation: 'verify' }));
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(onCancel).toHaveBeenCalledOnce();
    });
  });
});

describe('a request Cognito refuses (InvalidParameterException)', () => {
  const keyRefused = () => cognitoError('InvalidParameterException', 'User has not verified software token MFA');

  describe('given access-token mode, when SetUserMFAPreference refuses the key (another device made a new one)', () => {
    it('says a new key is needed and to delete the old entry, and offers only "Get a new key" and Cancel', async () => {
      failOnce(cognito, 'preference', keyRefused());
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...accessTokenMode, onRestart, onCancel: vi.fn() });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading('invalid-parameter') })).toHaveFocus();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(defaultMessages.newKeyNeeded);
      expect(alert).toHaveTextContent(/a new key is needed/);
      expect(alert).toHaveTextContent(/delete any entry you already added for this account/);
      expect(alert).not.toHaveTextContent(/sign in/i);
      const buttons = screen.getAllByRole('button').map((button) => button.textContent);
      expect(buttons).toEqual(['Get a new key', 'Cancel']);
    });

    it('makes a new key only when the user asks, shows it, and enrolls with it', async () => {
      failOnce(cognito, 'preference', keyRefused());
      cognito.on(commands.associate).resolvesOnce({ SecretCode: SECRET }).resolves({ SecretCode: OTHER_SECRET });
      const onComplete = vi.fn();
      const { user } = renderWizard({ ...accessTokenMode, onComplete });
      await findSetupScreen();
      await submitCode(user);
      await screen.findByRole('button', { name: 'Get a new key' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);

      await user.click(screen.getByRole('button', { name: 'Get a new key' }));
      await findSetupScreen();
      expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
      expect(screen.getByTestId('mfa-secret')).toHaveTextContent(OTHER_SECRET.slice(0, 4));
      expect(codeField()).toHaveValue('');

      await submitCode(user, '654321');
      expect(await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' })).toHaveFocus();
      expect(cognito.commandCalls(commands.associate)).toHaveLength(2);
      expect(cognito.commandCalls(commands.preference)).toHaveLength(2);
      expect(onComplete).toHaveBeenCalledOnce();
    });
  });

  describe('given session mode, when Verify refuses the request', () => {
    it('says to sign in again, offers "Sign in again" and no new key', async () => {
      failOnce(cognito, 'verify', keyRefused());
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onRestart });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading('invalid-parameter') })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(message('invalid-parameter'));
      expect(screen.queryByRole('button', { name: 'Get a new key' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith('session-invalid', { enrolled: false });
    });
  });
});

describe('"Sign in again"', () => {
  describe('given the host gives no onRestart', () => {
    it('is not offered: the failed step says what to do and shows only the buttons that work', async () => {
      failOnce(cognito, 'verify', cognitoError('NotAuthorizedException', sessionExpired));
      const { user } = renderWizard({ ...sessionMode, onCancel: vi.fn() });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading('session-expired') })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(message('session-expired'));
      expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Cancel']);
    });
  });
});

describe('after Cognito accepted the code', () => {
  const keepTheApp = /Your authenticator app was added.*Keep the app's entry for this account: sign in again/;

  describe.each<[string, Mode, 'respond' | 'preference', () => unknown, WizardErrorKind]>([
    ['a used session', 'session', 'respond', () => cognitoError('NotAuthorizedException', sessionUsed), 'session-used'],
    ['an expired session', 'session', 'respond', () => cognitoError('NotAuthorizedException', sessionExpired), 'session-expired'],
    ['a refused request', 'session', 'respond', () => cognitoError('InvalidParameterException'), 'invalid-parameter'],
  ])('given completion reports %s (%s mode)', (_case, mode, command, thrown, kind) => {
    it('says the app was added and must be kept, and tells the host the user is enrolled', async () => {
      failOnce(cognito, command, thrown());
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...props(mode), onRestart });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading(kind) })).toHaveFocus();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(keepTheApp);
      expect(alert).not.toHaveTextContent(/new key|delete/i);
      expect(screen.queryByRole('button', { name: 'Get a new key' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith(
        kind === 'invalid-parameter' ? 'session-invalid' : kind,
        { enrolled: true },
      );
    });
  });
});

describe('when Cognito may or may not have registered the app', () => {
  const uncertain = defaultMessages.uncertainRestart;

  /** Cognito's answers to the first two Verify calls. */
  function answerVerifies(first: 'lost' | 'no-session', second: 'session-used' | 'success') {
    const verify = cognito.on(commands.verify);
    const then = first === 'lost' ? verify.rejectsOnce(networkFailure()) : verify.resolvesOnce({ Status: 'SUCCESS' });
    if (second === 'session-used') then.rejects(cognitoError('NotAuthorizedException', sessionUsed));
    else then.resolves({ Status: 'SUCCESS', Session: SESSION_FROM_VERIFY });
  }

  describe.each<[string, 'lost' | 'no-session']>([
    ['its answer is lost (no response)', 'lost'],
    ['it answers 200 without the next session', 'no-session'],
  ])('given a Verify whose %s (session mode)', (_case, first) => {
    /** The first code meets that Verify and the setup screen stays; then the user sends a second code. */
    async function twoCodes(props: MfaEnrollmentWizardProps) {
      const { user } = renderWizard(props);
      await findSetupScreen();
      await submitCode(user, '111111');
      expect(await screen.findByRole('alert')).toBeVisible();
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'setup');
      await user.clear(codeField());
      await submitCode(user, '222222');
      return user;
    }

    it('then "session can only be used once" at the next Verify: says what to do either way, and tells the host "unknown"', async () => {
      answerVerifies(first, 'session-used');
      const onRestart = vi.fn();
      const user = await twoCodes({ ...sessionMode, onRestart });

      expect(await screen.findByRole('heading', { level: 2, name: heading('session-used') })).toHaveFocus();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(uncertain);
      expect(alert).not.toHaveTextContent(message('session-used'));
      expect(alert).not.toHaveTextContent(defaultMessages.verifiedRestart);
      // Retried with the session held: the one the lost Verify may have spent.
      const sessions = cognito.commandCalls(commands.verify).map((call) => call.args[0].input.Session);
      expect(sessions).toEqual([SESSION_FROM_ASSOCIATE, SESSION_FROM_ASSOCIATE]);
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith('session-used', { enrolled: 'unknown' });
    });

    it('then a Verify that succeeds completes as usual', async () => {
      answerVerifies(first, 'success');
      const onComplete = vi.fn();
      await twoCodes({ ...sessionMode, onComplete });
      expect(await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' })).toHaveFocus();
      expect(onComplete).toHaveBeenCalledOnce();
    });
  });

  describe('given access-token mode, when SetUserMFAPreference says the token is no longer valid after a verified code', () => {
    it('says what to do either way, and tells the host "unknown"', async () => {
      failOnce(cognito, 'preference', cognitoError('NotAuthorizedException', 'Access Token has expired'));
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...accessTokenMode, onRestart });
      await findSetupScreen();
      await submitCode(user);

      expect(await screen.findByRole('heading', { level: 2, name: heading('not-authorized') })).toHaveFocus();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(uncertain);
      expect(alert).toHaveTextContent(/asked for a code, use the entry you just added/);
      expect(alert).toHaveTextContent(/shown a new QR code instead, delete that entry first/);
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith('not-authorized', { enrolled: 'unknown' });
    });
  });

  describe('given a Verify refused for its session at the first try', () => {
    it('tells the host nothing was registered', async () => {
      failOnce(cognito, 'verify', cognitoError('NotAuthorizedException', sessionUsed));
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onRestart });
      await findSetupScreen();
      await submitCode(user);
      expect(await screen.findByRole('alert')).toHaveTextContent(message('session-used'));
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith('session-used', { enrolled: false });
    });
  });
});

describe('a wrong code, then the right one', () => {
  it('uses one key and one association, retries with the session held, and completes', async () => {
    failOnce(cognito, 'verify', cognitoError('EnableSoftwareTokenMFAException'));
    const onComplete = vi.fn();
    const { user } = renderWizard({ ...sessionMode, onComplete });
    await findSetupScreen();
    await user.click(screen.getByRole('button', { name: "Can't scan it? Show the key" }));
    const keyBefore = screen.getByTestId('mfa-secret').textContent;

    await submitCode(user, '111111');
    expect(await screen.findByRole('alert')).toHaveTextContent(message('enable-mfa-failed'));
    expect(screen.getByTestId('mfa-secret').textContent).toBe(keyBefore);

    await submitCode(user, '222222');
    expect(await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' })).toHaveFocus();

    expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    const verifies = cognito.commandCalls(commands.verify).map((call) => call.args[0].input);
    expect(verifies.map((input) => [input.UserCode, input.Session])).toEqual([
      ['111111', SESSION_FROM_ASSOCIATE],
      ['222222', SESSION_FROM_ASSOCIATE],
    ]);
    // The device name field starts empty: no name is sent unless the user gives one.
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ mode: 'session', authenticationResult: TOKENS });
  });
});

describe('errors while associating', () => {
  describe.each<[string, Mode]>([
    ['session', 'session'],
    ['access-token', 'accessToken'],
  ])('given a network failure in %s mode', (_label, mode) => {
    it('offers Try again, and makes a fresh key only when the user asks', async () => {
      failOnce(cognito, 'associate', networkFailure());
      const { user } = renderWizard(props(mode));

      expect(await screen.findByRole('heading', { level: 2, name: heading('network') })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(message('network'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);

      await user.click(screen.getByRole('button', { name: 'Try again' }));
      await findSetupScreen();
      expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).toHaveFocus();
      expect(cognito.commandCalls(commands.associate)).toHaveLength(2);
    });
  });

  it('asks to sign in again when the access token is refused', async () => {
    failOnce(cognito, 'associate', cognitoError('NotAuthorizedException', 'Access Token has been revoked'));
    const onRestart = vi.fn();
    const { user } = renderWizard({ ...accessTokenMode, onRestart });
    await user.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(onRestart).toHaveBeenCalledExactlyOnceWith('not-authorized', { enrolled: false });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('does not offer Try again when retrying cannot help', async () => {
    failOnce(cognito, 'associate', cognitoError('SoftwareTokenMFANotFoundException'));
    renderWizard(accessTokenMode);
    expect(await screen.findByRole('alert')).toHaveTextContent(message('mfa-not-enabled'));
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('errors while completing', () => {
  it('offers Try again, which completes without a new key or a new code', async () => {
    failOnce(cognito, 'respond', cognitoError('InternalErrorException', 'boom', 500));
    const onComplete = vi.fn();
    const { user } = renderWizard({ ...sessionMode, onComplete });
    await findSetupScreen();
    await submitCode(user);

    expect(await screen.findByRole('heading', { level: 2, name: heading('internal-error') })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });

    expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    expect(cognito.commandCalls(commands.verify)).toHaveLength(1);
    expect(cognito.commandCalls(commands.respond)).toHaveLength(2);
    expect(onComplete).toHaveBeenCalledOnce();
  });
});

describe('the messages', () => {
  it('give every error kind its own text and heading', async () => {
    const { wizardErrorKinds } = await import('../core');
    const texts = wizardErrorKinds.map(message);
    const headings = wizardErrorKinds.map(heading);
    expect(new Set(texts).size).toBe(wizardErrorKinds.length);
    expect(new Set(headings).size).toBe(wizardErrorKinds.length);
  });
});

describe('secrets in the console', () => {
  it('logs nothing through a whole enrollment with a wrong code', async () => {
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    failOnce(cognito, 'verify', cognitoError('CodeMismatchException'));
    const { user } = renderWizard(sessionMode);
    await findSetupScreen();
    await submitCode(user);
    await screen.findByRole('alert');
    await submitCode(user);
    await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
    await waitFor(() => expect(cognito.commandCalls(commands.respond)).toHaveLength(1));
    for (const spy of logged) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
