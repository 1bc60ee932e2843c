import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cognitoError,
  commands,
  countCalls,
  failOnce,
  installFakeCognito,
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
import { deMessages } from './locales/de';
import { esMessages } from './locales/es';
import { frMessages } from './locales/fr';
import { defaultMessages } from './messages';
import { MfaEnrollmentWizard, type MfaEnrollmentWizardProps } from './mfa-enrollment-wizard';

const cognito = installFakeCognito();
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets any request the wizard might wrongly send go out before the calls are counted. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('association', () => {
  describe('given React StrictMode (mount effects run twice)', () => {
    it('associates exactly once and shows that one key', async () => {
      renderWizard(sessionMode, { strict: true });
      await findSetupScreen();
      await settle();
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    });

    it('completes with one call of each kind', async () => {
      const onComplete = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onComplete }, { strict: true });
      await findSetupScreen();
      await user.type(codeField(), '123456{Enter}');
      await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
      await settle();
      expect((['associate', 'verify', 'respond'] as const).map((command) => countCalls(cognito, command))).toEqual([
        1, 1, 1,
      ]);
      expect(onComplete).toHaveBeenCalledOnce();
    });
  });

  describe('when the host re-renders with new props and callbacks', () => {
    it('does not associate again, and calls the newest callbacks', async () => {
      const first = vi.fn();
      const newest = vi.fn();
      const { user, rerender } = renderWizard({ ...accessTokenMode, onComplete: first });
      await findSetupScreen();
      rerender(<MfaEnrollmentWizard {...accessTokenMode} issuer="Acme" className="x" onComplete={newest} />);
      rerender(<MfaEnrollmentWizard {...accessTokenMode} accessToken="another.token.value" onComplete={newest} />);
      await user.type(codeField(), '123456{Enter}');
      await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
      expect(first).not.toHaveBeenCalled();
      expect(newest).toHaveBeenCalledOnce();
    });
  });

  describe('when the host unmounts the wizard while a code is being checked', () => {
    it('does not go on to complete the enrollment', async () => {
      let answerVerify: (value: { Status: 'SUCCESS'; Session: string }) => void = () => {};
      cognito.on(commands.verify).callsFake(
        () =>
          new Promise((resolve) => {
            answerVerify = resolve;
          }),
      );
      const onComplete = vi.fn();
      const { user, unmount } = renderWizard({ ...sessionMode, onComplete });
      await findSetupScreen();
      await user.type(codeField(), '123456{Enter}');
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
      unmount();
      answerVerify({ Status: 'SUCCESS', Session: SESSION_FROM_VERIFY });
      await settle();
      expect(cognito.commandCalls(commands.respond)).toHaveLength(0);
      expect(onComplete).not.toHaveBeenCalled();
    });
  });
});

describe('completion', () => {
  describe.each([
    [
      'session',
      sessionMode,
      'respond',
      // The device name field starts empty: no name is sent unless the user gives one.
      { mode: 'session', authenticationResult: TOKENS },
    ],
    ['access-token', accessTokenMode, 'preference', { mode: 'accessToken' }],
  ] as const)('given %s mode', (_label, props, completingCommand, result) => {
    it('shows the done step with focus on its heading, and hands the result to onComplete', async () => {
      const onComplete = vi.fn();
      const onStepChange = vi.fn();
      const { user } = renderWizard({ ...props, onComplete, onStepChange });
      await findSetupScreen();
      await user.type(codeField(), '123456');
      await user.click(verifyButton());

      const done = await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
      expect(done).toHaveFocus();
      expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'done');
      expect(screen.queryByRole('img', { name: /^QR code for / })).toBeNull();
      expect(onComplete).toHaveBeenCalledExactlyOnceWith(result);
      expect(countCalls(cognito, completingCommand)).toBe(1);
      expect(onStepChange.mock.calls.map(([step]) => step)).toEqual(['setup', 'verifying', 'completing', 'done']);
    });
  });
});

describe('the done step', () => {
  it('says there are no backup codes and what losing the phone means, and links to the host\'s help when given', async () => {
    const { user } = renderWizard({ ...sessionMode, helpUrl: 'https://example.com/help/lost-phone' });
    await findSetupScreen();
    await user.type(codeField(), '123456{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
    expect(screen.getByText(defaultMessages.noBackupCodes)).toBeVisible();
    expect(defaultMessages.noBackupCodes).toMatch(/no backup codes/);
    // In a new tab, and it says so: leaving this one would end the sign-in.
    const help = screen.getByRole('link', { name: 'What to do if you lose your phone (opens in a new tab)' });
    expect(help).toHaveAttribute('href', 'https://example.com/help/lost-phone');
    expect(help).toHaveAttribute('target', '_blank');
    expect(help).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('has no link without a helpUrl', async () => {
    const { user } = renderWizard(sessionMode);
    await findSetupScreen();
    await user.type(codeField(), '123456{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' });
    expect(screen.getByText(defaultMessages.noBackupCodes)).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('when a host callback throws', () => {
  it('the wizard goes on to the end, and every error reaches the page\'s error handling', async () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
    const fail = (name: string) => () => {
      throw new Error(name);
    };
    const onComplete = vi.fn(fail('onComplete'));
    failOnce(cognito, 'verify', cognitoError('CodeMismatchException'));
    const { user } = renderWizard({ ...sessionMode, onStepChange: fail('onStepChange'), onError: fail('onError'), onComplete });
    await findSetupScreen();
    await user.type(codeField(), '111111{Enter}');
    expect(await screen.findByRole('alert')).toBeVisible();
    await user.type(codeField(), '222222{Enter}');

    expect(await screen.findByRole('heading', { level: 2, name: 'Authenticator app added' })).toHaveFocus();
    expect(countCalls(cognito, 'respond')).toBe(1);
    expect(onComplete).toHaveBeenCalledOnce();
    expect(reported.map((error) => (error instanceof Error ? error.message : error))).toEqual([
      'onStepChange', // setup
      'onStepChange', // verifying
      'onStepChange', // setup again, with the error
      'onError',
      'onStepChange', // verifying
      'onStepChange', // completing: the request went out before this callback ran
      'onStepChange', // done
      'onComplete',
    ]);
  });
});

describe('headingLevel', () => {
  it('gives every step heading the level the host asks for', async () => {
    const { user } = renderWizard({ ...accessTokenMode, headingLevel: 3 });
    expect(screen.getByRole('heading', { level: 3, name: 'Set up your authenticator app' })).toBeVisible();
    await findSetupScreen();
    expect(screen.getByRole('heading', { level: 3, name: 'Set up your authenticator app' })).toHaveFocus();
    await user.type(codeField(), '123456{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Authenticator app added' })).toHaveFocus();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('applies to the failed step too', async () => {
    failOnce(cognito, 'associate', cognitoError('SoftwareTokenMFANotFoundException'));
    renderWizard({ ...accessTokenMode, headingLevel: 6 });
    expect(await screen.findByRole('heading', { level: 6, name: "Authenticator apps aren't available" })).toHaveFocus();
  });

  it('renders h2 for a level outside 2 to 6 from an untyped host', async () => {
    renderWizard({ ...accessTokenMode, headingLevel: 7 } as unknown as MfaEnrollmentWizardProps);
    await findSetupScreen();
    expect(screen.getByRole('heading', { level: 2, name: 'Set up your authenticator app' })).toBeVisible();
  });
});

describe('messages and styling hooks', () => {
  it('replaces only the texts the host overrides, and adds the host class', async () => {
    const { container } = renderWizard({
      ...sessionMode,
      className: 'host-class',
      messages: {
        setupHeading: 'Richte deine Authenticator-App ein',
        qrLabel: (issuer, account) => `QR-Code für ${issuer} (${account})`,
        codeLabel: undefined,
      },
    });
    const qr = await screen.findByRole('img', { name: /^QR-Code/ });
    expect(screen.getByRole('heading', { level: 2, name: 'Richte deine Authenticator-App ein' })).toHaveFocus();
    expect(qr).toHaveAccessibleName('QR-Code für Acme (alice@example.com)');
    expect(codeField()).toBeVisible();
    expect(verifyButton()).toBeVisible();
    expect(container.firstElementChild).toHaveClass('mfa-wizard', 'host-class');
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'session');
  });

  it.each([
    ['French', frMessages, 'fr'],
    ['German', deMessages, 'de'],
    ['Spanish', esMessages, 'es'],
  ])('speaks %s when the host passes that locale, with the lang attribute to match', async (_language, messages, lang) => {
    const { container } = renderWizard({ ...sessionMode, messages });
    await screen.findByRole('img', { name: messages.qrLabel('Acme', 'alice@example.com') });
    expect(screen.getByRole('heading', { level: 2, name: messages.setupHeading })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: messages.codeLabel })).toBeVisible();
    expect(screen.getByRole('button', { name: messages.verify })).toBeVisible();
    expect(screen.getByRole('timer').textContent).toBe(messages.timeLeft('3:00'));
    expect(container.firstElementChild).toHaveAttribute('lang', lang);
  });

  it('shows Cancel only when the host can take the user elsewhere', async () => {
    const onCancel = vi.fn();
    const { user, rerender } = renderWizard(sessionMode);
    await findSetupScreen();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    rerender(<MfaEnrollmentWizard {...sessionMode} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // The QR code is on screen: Cancel asks first (see cancel-setup.test.tsx).
    await user.click(screen.getByRole('button', { name: 'Stop setup' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('the session clock', () => {
  // Only the clock is faked: Testing Library's waits keep real setTimeout.
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  describe('given session mode with the default 3 minutes', () => {
    it('shows the time left, warns once under a minute, then fails without a request', async () => {
      fakeClock();
      const onError = vi.fn();
      renderWizard({ ...sessionMode, onError, onRestart: vi.fn() });
      await findSetupScreen();
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 3:00');

      await advance(19_000);
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 2:41');
      expect(screen.queryByText(/Less than a minute left/)).toBeNull();

      await advance(121_000);
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 0:40');
      const warning = screen.getByText(/Less than a minute left/);
      expect(warning).toHaveAttribute('role', 'status');
      // Beside Verify, where the user is by then.
      expect(warning.parentElement).toContainElement(verifyButton());
      await advance(5_000);
      // The warning's text does not change each second, so it is announced once.
      expect(screen.getByText(/Less than a minute left/)).toBe(warning);
      expect(warning).toHaveTextContent(/^Less than a minute left to finish\./);

      await advance(35_000);
      expect(await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'Sign in again' })).toBeVisible();
      expect(screen.queryByRole('timer')).toBeNull();
      expect(onError).toHaveBeenCalledExactlyOnceWith({ kind: 'session-expired', operation: null, name: 'SessionTimeout' });
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
      expect(cognito.commandCalls(commands.associate)).toHaveLength(1);
    });
  });

  describe('given the time runs out while the user is typing a code', () => {
    it('says first that the code was not sent, then what to do', async () => {
      fakeClock();
      const { user } = renderWizard({ ...sessionMode, onRestart: vi.fn() });
      await findSetupScreen();
      await advance(170_000);
      await user.type(codeField(), '12 3');
      await advance(10_000);
      expect(await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(
        `${defaultMessages.codeNotSent} ${defaultMessages['error:session-expired']}`,
      );
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
    });

    it('says nothing of a code when the field was empty (typed, then cleared)', async () => {
      fakeClock();
      const { user } = renderWizard({ ...sessionMode, onRestart: vi.fn() });
      await findSetupScreen();
      await user.type(codeField(), '12');
      await user.clear(codeField());
      await advance(180_000);
      await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' });
      expect(screen.getByRole('alert')).toHaveTextContent(defaultMessages['error:session-expired']);
      expect(screen.getByRole('alert')).not.toHaveTextContent(defaultMessages.codeNotSent);
    });
  });

  describe('given the challenge session runs out while Cognito is slow to answer the association', () => {
    /** An Associate whose answer the test gives when it likes. */
    function holdAssociate() {
      const answer: { settle?: (value: unknown) => void; fail?: (reason: unknown) => void } = {};
      cognito.on(commands.associate).callsFake(
        () =>
          new Promise((resolve, reject) => {
            answer.settle = resolve;
            answer.fail = reject;
          }),
      );
      return answer;
    }
    /**
     * A session issued 4.5 minutes ago with a 5-minute validity runs out 30 seconds into the
     * association; a minute later Cognito still has not answered.
     */
    async function associateOutlivesSession(onError: () => void) {
      fakeClock();
      const associate = holdAssociate();
      renderWizard({ ...sessionMode, sessionIssuedAt: Date.now() - 4.5 * 60_000, sessionValidityMinutes: 5, onError });
      await advance(60_000);
      return associate;
    }

    it('waits for Cognito, and a late key comes with a fresh session and a full clock', async () => {
      const onError = vi.fn();
      const associate = await associateOutlivesSession(onError);
      expect(screen.getByText('Creating your key…')).toHaveAttribute('role', 'status');
      expect(onError).not.toHaveBeenCalled();

      act(() => associate.settle?.({ SecretCode: SECRET, Session: SESSION_FROM_ASSOCIATE }));
      await findSetupScreen();
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 5:00');
      expect(onError).not.toHaveBeenCalled();
    });

    it('says the sign-in expired when Cognito answers so', async () => {
      const onError = vi.fn();
      const associate = await associateOutlivesSession(onError);
      act(() => associate.fail?.(cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.')));
      expect(await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' })).toHaveFocus();
      expect(onError).toHaveBeenCalledExactlyOnceWith(
        expect.objectContaining({ kind: 'session-expired', operation: 'associate' }),
      );
    });
  });

  describe('given the host says when Cognito issued the session, and a 5-minute validity', () => {
    it('counts each new session Cognito answers with from its arrival, for the whole validity', async () => {
      fakeClock();
      renderWizard({ ...sessionMode, sessionIssuedAt: Date.now() - 60_000, sessionValidityMinutes: 5 });
      await findSetupScreen();
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 5:00');
      await advance(61_000);
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 3:59');
    });
  });

  describe('given Cognito answers Verify with a new session', () => {
    it('counts the whole validity again from then', async () => {
      fakeClock();
      cognito.on(commands.respond).callsFake(() => new Promise(() => undefined));
      const { user } = renderWizard(sessionMode);
      await findSetupScreen();
      await advance(100_000);
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 1:20');

      await user.type(codeField(), '123456{Enter}');
      await waitFor(() => expect(document.querySelector('.mfa-wizard')).toHaveAttribute('data-step', 'completing'));
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 3:00');
      await advance(1_000);
      expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish setup: 2:59');
    });
  });

  describe('given completion failed after Cognito accepted the code', () => {
    it('when the session then runs out, says the app was added and tells the host the user is enrolled', async () => {
      fakeClock();
      cognito.on(commands.respond).rejectsOnce(cognitoError('InternalErrorException', 'boom', 500));
      const onRestart = vi.fn();
      const { user } = renderWizard({ ...sessionMode, onRestart });
      await findSetupScreen();
      await user.type(codeField(), '123456{Enter}');
      expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();

      await advance(180_000);
      expect(await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' })).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(/^Your authenticator app was added/);
      expect(screen.getByRole('alert')).not.toHaveTextContent(/new key/);
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Sign in again' }));
      expect(onRestart).toHaveBeenCalledExactlyOnceWith('session-expired', { enrolled: true });
      expect(cognito.commandCalls(commands.respond)).toHaveLength(1);
    });
  });

  describe.each<[string, number, string]>([
    ['more than Cognito allows (20)', 20, 'Time left to finish setup: 15:00'],
    ['less than Cognito allows (1)', 1, 'Time left to finish setup: 3:00'],
    ['no number (NaN)', Number.NaN, 'Time left to finish setup: 3:00'],
  ])('given a sessionValidityMinutes of %s', (_case, minutes, shown) => {
    it(`counts with the nearest validity Cognito allows, or the default: ${shown}`, async () => {
      fakeClock();
      renderWizard({ ...sessionMode, sessionValidityMinutes: minutes });
      await findSetupScreen();
      expect(screen.getByRole('timer')).toHaveTextContent(shown);
    });
  });

  describe('given a session that has already run out', () => {
    it('fails at once and does not even associate', async () => {
      renderWizard({ ...sessionMode, sessionIssuedAt: Date.now() - 4 * 60_000 });
      expect(await screen.findByRole('heading', { level: 2, name: 'Your sign-in has expired' })).toBeVisible();
      await settle();
      expect(cognito.commandCalls(commands.associate)).toHaveLength(0);
    });
  });

  describe('given access-token mode', () => {
    it('shows no clock', async () => {
      renderWizard(accessTokenMode);
      await findSetupScreen();
      expect(screen.queryByRole('timer')).toBeNull();
    });
  });
});
