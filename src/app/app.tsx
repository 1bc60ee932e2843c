import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode, type Ref } from 'react';
import {
  createSignIn,
  MfaEnrollmentWizard,
  useFocusOnChange,
  type Messages,
  type RestartDetails,
  type RestartReason,
  type SignIn,
  type SignInErrorKind,
  type WizardStep,
} from 'cognito-mfa-wizard';
import type { PageConfig } from './config';
import { languages, pickLanguage, type Language } from './languages';
import { isBusy, type Notice, type Screen } from './page-reducer';
import type { PageMessages } from './page-messages';
import { createPageStore } from './page-store';
import { Confirm } from './screens/confirm';
import { NewPasswordScreen } from './screens/new-password-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { SignedInScreen } from './screens/signed-in-screen';
import { TotpScreen } from './screens/totp-screen';
import { noticeText, signInErrorText } from './texts';
import { useDocumentTitle } from './use-document-title';
import { useLeaveGuard } from './use-leave-guard';

/**
 * The enrollment page: the page store (reducer and requests) bound to React, and a view per screen.
 * `notice`: why the page starts at sign-in, when it is not the first time it is shown.
 */
export function App({ config, notice }: { config: PageConfig; notice?: Notice }) {
  const [store] = useState(() => {
    const clients = new Map<string, SignIn>();
    const authFor = (poolId: string): SignIn => {
      const pool = config.pools.find((p) => p.id === poolId) ?? config.pools[0];
      const key = pool?.id ?? '';
      let auth = clients.get(key);
      if (!auth) {
        auth = createSignIn({
          clientId: pool?.clientId ?? '',
          userPoolId: pool?.userPoolId,
          authFlow: pool?.authFlow,
          region: config.region,
          endpoint: config.endpoint,
          requestTimeoutMs: requestTimeoutMs(config),
        });
        clients.set(key, auth);
      }
      return auth;
    };
    return { page: createPageStore(authFor, config.pools[0]?.id ?? '', notice), authFor };
  });
  const { page, authFor } = store;
  const state = useSyncExternalStore(page.subscribe, page.getState, page.getState);
  const { screen } = state;
  const pool = config.pools.find((p) => p.id === state.poolId) ?? config.pools[0];
  const auth = authFor(state.poolId);
  const busy = isBusy(state);
  const [language, setLanguage] = useLanguage();
  const texts = languages[language];
  const { page: t, wizard: w } = texts;
  const error = state.error ? signInErrorText(state.error, pool?.authFlow, texts) : undefined;
  // Where one field is all there is to fill (the password after a restart, a TOTP code), it takes focus.
  const fieldFirst = (screen.name === 'sign-in' && !!screen.username) || screen.name === 'totp';
  // A notice that comes to the signed-in page (the app turned off) is read out with its heading.
  const focusKey = screen.name === 'signed-in' ? `signed-in:${screen.notice?.kind ?? ''}` : screen.name;
  const headingRef = useFocusOnChange<HTMLHeadingElement>(focusKey, fieldFirst);
  const enrolling = screen.name === 'enroll-session' || screen.name === 'enroll-token';
  useDocumentTitle(enrolling ? null : t.pageTitle(screenTitle(t, screen), config.issuer));
  const wizardProps = useMemo(
    () => ({
      client: auth.client,
      issuer: config.issuer,
      helpUrl: config.helpUrl,
      messages: w,
      requestTimeoutMs: requestTimeoutMs(config),
      onRestart: (reason: RestartReason, { enrolled }: RestartDetails) =>
        page.dispatch({ type: 'restart-requested', reason, enrolled }),
      onCancel: () => page.dispatch({ type: 'enroll-cancelled' }),
    }),
    [auth.client, config, page, w],
  );

  // What both ways into the wizard share; Back, confirmed, leaves setup as Cancel would.
  const enrollmentView = {
    t,
    w,
    issuer: config.issuer,
    headingRef,
    onLeave: () => page.dispatch({ type: 'enroll-cancelled' }),
  };

  const content = (() => {
    switch (screen.name) {
      case 'sign-in':
        return (
          <SignInScreen
            key={screen.notice?.kind ?? 'sign-in'}
            t={t}
            pools={config.pools}
            poolId={state.poolId}
            onPoolChange={(poolId) => page.dispatch({ type: 'pool-changed', poolId })}
            initialUsername={screen.username ?? ''}
            notice={screen.notice ? noticeText(screen.notice, texts) : undefined}
            error={error}
            busy={busy}
            onSubmit={(username, password) =>
              page.submit('sign-in', (signIn, options) => signIn.signIn(username, password, options))
            }
            headingRef={headingRef}
          />
        );
      case 'new-password':
        return (
          <NewPasswordScreen
            t={t}
            username={screen.step.displayName}
            policy={pool?.passwordPolicy}
            error={error}
            passwordRefused={isPasswordRefusal(state.error)}
            busy={busy}
            onSubmit={(password) =>
              page.submit('new-password', (signIn, options) => signIn.setNewPassword(screen.step, password, options))
            }
            onCancel={() => page.dispatch({ type: 'cancelled' })}
            headingRef={headingRef}
          />
        );
      case 'totp':
        return (
          <TotpScreen
            t={t}
            w={w}
            issuer={config.issuer}
            username={screen.step.displayName}
            deviceName={screen.step.deviceName}
            error={error}
            busy={busy}
            onSubmit={(code) => page.submit('totp', (signIn, options) => signIn.answerSoftwareTokenMfa(screen.step, code, options))}
            onCancel={() => page.dispatch({ type: 'cancelled' })}
            headingRef={headingRef}
          />
        );
      case 'enroll-session':
        return (
          <EnrollmentScreen
            key="enroll-session"
            {...enrollmentView}
            intro={t.enrollSessionIntro}
            wizard={(onStepChange) => (
              <MfaEnrollmentWizard
                {...wizardProps}
                onStepChange={onStepChange}
                accountName={screen.step.displayName}
                session={screen.step.session}
                username={screen.step.username}
                clientId={pool?.clientId ?? ''}
                sessionIssuedAt={screen.step.issuedAt}
                sessionValidityMinutes={pool?.sessionValidityMinutes}
                onComplete={(result) =>
                  result.mode === 'session' && page.dispatch({ type: 'enrolled', tokens: result.authenticationResult })
                }
              />
            )}
          />
        );
      case 'signed-in':
        return (
          <SignedInScreen
            t={t}
            w={w}
            username={screen.displayName}
            app={screen.app}
            canTurnOff={pool?.mfa === 'optional'}
            helpUrl={config.helpUrl}
            notice={screen.notice ? noticeText(screen.notice, texts) : undefined}
            error={error}
            busy={state.pending?.request === 'turn-off'}
            onSetUp={() => page.dispatch({ type: 'enroll-requested' })}
            onReplace={() => page.dispatch({ type: 'replace-requested' })}
            onTurnOff={() => page.dispatch({ type: 'turn-off-requested' })}
            onCheckAgain={() => page.dispatch({ type: 'check-app-requested' })}
            onSignOut={() => page.dispatch({ type: 'sign-out-requested' })}
            headingRef={headingRef}
          />
        );
      case 'enroll-token':
        return (
          <EnrollmentScreen
            key="enroll-token"
            {...enrollmentView}
            intro={screen.replacing ? t.replaceIntro : t.enrollTokenIntro}
            wizard={(onStepChange) => (
              <MfaEnrollmentWizard
                {...wizardProps}
                onStepChange={onStepChange}
                accountName={screen.displayName}
                accessToken={screen.tokens.AccessToken ?? ''}
                onComplete={() => page.dispatch({ type: 'enrolled' })}
              />
            )}
          />
        );
      default:
        return screen satisfies never;
    }
  })();

  return (
    <>
      {content}
      {/* At the foot of the card: most users never need it (the browser's language is picked), and the setup screen keeps its room. */}
      <LanguageChooser t={t} language={language} onChange={setLanguage} />
    </>
  );
}

function requestTimeoutMs(config: PageConfig): number | undefined {
  return config.requestTimeoutSeconds === undefined ? undefined : config.requestTimeoutSeconds * 1000;
}

/** Cognito refused the new password itself (its policy or history): the password field's problem, not the form's. */
function isPasswordRefusal(kind: SignInErrorKind | undefined): boolean {
  return kind === 'password-rejected' || kind === 'password-reused';
}

/** The title of each screen but the enrollment's, which follows the wizard's step. */
function screenTitle(t: PageMessages, screen: Screen): string {
  switch (screen.name) {
    case 'sign-in':
      return t.signInHeading;
    case 'new-password':
      return t.newPasswordHeading;
    case 'totp':
      return t.totpHeading;
    case 'signed-in':
      return t.signedInHeading;
    case 'enroll-session':
    case 'enroll-token':
      return t.setupTitle;
    default:
      return screen satisfies never;
  }
}

/**
 * The language the page speaks: the browser's, unless the user chose (the chooser, or `?lang=` in the
 * address, which the chooser keeps up to date so a reload or a shared link keeps it). Sets the
 * document's `lang`.
 */
function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(() =>
    pickLanguage(navigator.languages, new URLSearchParams(location.search).get('lang')),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const choose = (chosen: Language) => {
    const url = new URL(location.href);
    url.searchParams.set('lang', chosen);
    history.replaceState(history.state, '', url);
    setLanguage(chosen);
  };
  return [language, choose];
}

function LanguageChooser({ t, language, onChange }: { t: PageMessages; language: Language; onChange: (language: Language) => void }) {
  return (
    <div className="language">
      <label htmlFor="page-language">{t.language}</label>
      <select id="page-language" value={language} onChange={(event) => onChange(event.target.value as Language)}>
        {Object.entries(languages).map(([code, { name }]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The wizard's step says which title the enrollment screen has, and whether a key may be scanned. */
const titleOfStep = (t: PageMessages, step: WizardStep): string =>
  step === 'done' ? t.setupDoneTitle : step === 'failed' ? t.setupFailedTitle : t.setupTitle;

function EnrollmentScreen({
  t,
  w,
  issuer,
  intro,
  headingRef,
  onLeave,
  wizard,
}: {
  t: PageMessages;
  w: Messages;
  issuer: string;
  intro: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Browser Back, confirmed: the page leaves setup as Cancel would. */
  onLeave: () => void;
  wizard: (onStepChange: (step: WizardStep) => void) => ReactNode;
}) {
  const [step, setStep] = useState<WizardStep>('associating');
  useDocumentTitle(t.pageTitle(titleOfStep(t, step), issuer));
  // A key is on screen from the setup step until the enrollment ends: Back asks before it goes.
  const keyShown = step === 'setup' || step === 'verifying' || step === 'completing';
  const guard = useLeaveGuard(keyShown);
  return (
    <section aria-labelledby="enroll-heading">
      <h1 id="enroll-heading" tabIndex={-1} ref={headingRef}>
        {t.enrollHeading}
      </h1>
      <p>{intro}</p>
      {guard.asking ? (
        <Confirm
          question={t.leaveSetupQuestion}
          effect={w.cancelEffect}
          confirmLabel={w.confirmCancel}
          keepLabel={w.keepSettingUp}
          onConfirm={() => {
            guard.leave();
            onLeave();
          }}
          onKeep={() => {
            guard.stay();
            // Back where the user was reading: the screen's heading.
            document.getElementById('enroll-heading')?.focus();
          }}
        />
      ) : null}
      {wizard(setStep)}
    </section>
  );
}
