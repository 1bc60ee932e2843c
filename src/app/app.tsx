import { StrictMode, useEffect, useState, useSyncExternalStore, type ReactNode, type Ref } from 'react';
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  SignInError,
  useFocusOnChange,
  type ClientSource,
  type EnrollmentAdapter,
  type Messages,
  type RestartDetails,
  type RequestOptions,
  type RestartReason,
  type SignIn,
  type SignInErrorKind,
  type SignInStep,
  type WizardStep,
} from 'cognito-mfa-wizard';
import type { PageConfig, PoolConfig } from './config';
import { ChunkLoadError } from './lazy/chunk-loader';
import { signInChunk, wizardChunk } from './lazy/chunks';
import { LazyEnrollmentWizard } from './lazy/lazy-enrollment-wizard';
import { whenIdle } from './lazy/when-idle';
import { languageNames, loadLanguage, pickLanguage, textsOf, type Language } from './languages';
import { isBusy, type Notice, type Screen } from './page-reducer';
import type { PageMessages } from './page-messages';
import { createPageStore } from './page-store';
import { Confirm } from './screens/confirm';
import { SignInScreen } from './screens/sign-in-screen';
import { noticeText, signInErrorText } from './texts';
import { PRERENDERED_ATTRIBUTE } from './prerendered';
import { useDocumentTitle } from './use-document-title';
import { useLeaveGuard } from './use-leave-guard';
import { useTopOnChange } from './use-top-on-change';

/**
 * The page's root: its card, in StrictMode. The same tree at build time (src/app/prerender.tsx) and
 * when the script hydrates it; the card is marked when the HTML drew it.
 */
export function PageRoot({ prerendered = false, children }: { prerendered?: boolean; children: ReactNode }) {
  return (
    <StrictMode>
      <main className="card" {...(prerendered ? { [PRERENDERED_ATTRIBUTE]: '' } : {})}>
        {children}
      </main>
    </StrictMode>
  );
}

/**
 * The enrollment page: the page store (reducer and requests) bound to React, and a view per screen.
 * `notice`: why the page starts at sign-in, when it is not the first time it is shown.
 * `poolId`: the pool it starts with (chosen in the HTML's form before the script ran), if not the first.
 * Drawn at build time into the page's HTML (dev/prerender.ts) and then hydrated, its first render is
 * the HTML's (English, Sign in and the language chooser off); once React has taken the elements
 * over, they turn on and the page speaks the browser's language.
 */
export function App({
  config,
  notice,
  poolId: startPool,
}: {
  config: PageConfig;
  notice?: Notice | undefined;
  poolId?: string | undefined;
}) {
  const [store] = useState(() => {
    const clients = new Map<string, SignIn>();
    /** The pool's sign-in, once the SDK's chunk has arrived (every screen after sign-in has it). */
    const loadedAuthFor = (poolId: string): SignIn | undefined => {
      const createSignIn = signInChunk.current()?.createSignIn;
      const pool = poolOf(config, poolId);
      const key = pool?.id ?? '';
      let auth = clients.get(key);
      if (!auth && createSignIn) {
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
    /** The pool's sign-in, waiting for the SDK's chunk within the request deadline if it is still on its way. */
    const authFor = async (poolId: string, signal: AbortSignal): Promise<SignIn> => {
      try {
        await signInChunk.load({ timeoutMs: requestTimeoutMs(config) ?? DEFAULT_REQUEST_TIMEOUT_MS, signal });
      } catch (reason) {
        // Said as a request that failed or took too long: the same message, and trying again downloads it again.
        throw reason instanceof ChunkLoadError ? new SignInError(reason.kind, 'ChunkLoadError') : reason;
      }
      const auth = loadedAuthFor(poolId);
      if (!auth) throw new SignInError('unknown', 'ChunkLoadError');
      return auth;
    };
    /**
     * Gets the pool's sign-in ready ahead of Sign in: the SDK's chunk, then (SRP) its arithmetic and the
     * client's ephemeral pair, and the wizard's chunk, so that neither Sign in nor the QR code waits.
     */
    let preparing: string | undefined;
    const prepare = (poolId: string) => {
      const auth = loadedAuthFor(poolId);
      if (auth) {
        auth.prepare();
        wizardChunk.preload();
        return;
      }
      signInChunk.preload();
      // One wait for the chunk, however many keys are typed meanwhile; it prepares the pool last asked for.
      if (preparing === undefined) signInChunk.onLoaded(() => prepare(preparing ?? poolId));
      preparing = poolId;
    };
    const page = createPageStore(authFor, poolOf(config, startPool)?.id ?? '', notice);
    /**
     * The wizard's adapter for an MFA_SETUP answer, made as the answer arrives, with its key already
     * asked for: AssociateSoftwareToken leaves before React renders the wizard, not after (the page
     * store tells React of an answer in the next task). Without the wizard's chunk yet, the wizard
     * makes its own adapter when it mounts, as a host's would.
     */
    const adapters = new WeakMap<SignInStep, EnrollmentAdapter>();
    const answered =
      <Options extends RequestOptions>(perform: (auth: SignIn, options: Options) => Promise<SignInStep>) =>
      async (auth: SignIn, options: Options): Promise<SignInStep> => {
        const step = await perform(auth, options);
        const wizard = wizardChunk.current();
        // Not for an answer nobody waits for any more (the user cancelled, or the page left it).
        if (step.kind === 'mfa-setup' && wizard && !options.signal?.aborted) {
          const adapter = wizard.createEnrollmentAdapter({
            client: auth.client,
            ...sessionInputs(step, poolOf(config, page.getState().poolId)),
          });
          adapters.set(step, wizard.associateAhead(adapter, { requestTimeoutMs: requestTimeoutMs(config) }));
        }
        return step;
      };
    return { page, loadedAuthFor, prepare, adapters, answered };
  });
  const { page, loadedAuthFor, prepare, adapters, answered } = store;
  // The HTML's own form (drawn at build time, or being hydrated): nothing works there that needs the script.
  const hydrating = !useSyncExternalStore(noChanges, scriptHasRun, beforeScript);
  const state = useSyncExternalStore(page.subscribe, page.getState, page.getState);
  const { screen } = state;
  const pool = poolOf(config, state.poolId);
  const client = loadedAuthFor(state.poolId)?.client;
  const busy = isBusy(state);
  const [language, setLanguage] = useLanguage(hydrating);
  const texts = textsOf(language);
  const { page: t, wizard: w } = texts;
  const error = state.error ? signInErrorText(state.error, pool?.authFlow, texts) : undefined;
  // Where one field is all there is to fill (the password after a restart, a TOTP code), it takes focus.
  const fieldFirst = (screen.name === 'sign-in' && !!screen.username) || screen.name === 'totp';
  // A notice that comes to the signed-in page (the app turned off) is read out with its heading.
  const focusKey = screen.name === 'signed-in' ? `signed-in:${screen.notice?.kind ?? ''}` : screen.name;
  const headingRef = useFocusOnChange<HTMLHeadingElement>(focusKey, fieldFirst);
  useTopOnChange(focusKey);
  const enrolling = screen.name === 'enroll-session' || screen.name === 'enroll-token';
  useDocumentTitle(enrolling ? null : t.pageTitle(screenTitle(t, screen), config.issuer));
  // The screens that show the wizard come after a sign-in, whose client it shares.
  const clientSource: ClientSource = client ? { client } : { region: config.region, endpoint: config.endpoint };
  const wizardProps = {
    issuer: config.issuer,
    helpUrl: config.helpUrl,
    messages: w,
    requestTimeoutMs: requestTimeoutMs(config),
    onRestart: (reason: RestartReason, { enrolled }: RestartDetails) =>
      page.dispatch({ type: 'restart-requested', reason, enrolled }),
    onCancel: () => page.dispatch({ type: 'enroll-cancelled' }),
  };
  // After the first frame, once the browser is idle: the form is usable before any of it arrives.
  useEffect(() => whenIdle(() => prepare(state.poolId)), [prepare, state.poolId]);

  // What both ways into the wizard share; Back, confirmed, leaves setup as Cancel would.
  const enrollmentView = {
    t,
    w,
    issuer: config.issuer,
    headingRef,
    onLeave: () => page.dispatch({ type: 'enroll-cancelled' }),
  };

  // The screens after an answer from Cognito come with the SDK's chunk, which that answer needed.
  const later = signInChunk.current();
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
            prerendered={hydrating}
            onActivity={() => prepare(state.poolId)}
            onSubmit={(username, password) =>
              page.submit(
                'sign-in',
                answered((signIn, options) => signIn.signIn(username, password, options)),
              )
            }
            headingRef={headingRef}
          />
        );
      case 'new-password':
        return (
          later && (
            <later.NewPasswordScreen
              t={t}
              username={screen.step.displayName}
              policy={pool?.passwordPolicy}
              error={error}
              passwordRefused={isPasswordRefusal(state.error)}
              busy={busy}
              onSubmit={(password) =>
                page.submit(
                  'new-password',
                  answered((signIn, options) => signIn.setNewPassword(screen.step, password, options)),
                )
              }
              onCancel={() => page.dispatch({ type: 'cancelled' })}
              headingRef={headingRef}
            />
          )
        );
      case 'totp':
        return (
          later && (
            <later.TotpScreen
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
          )
        );
      case 'enroll-session': {
        const adapter = adapters.get(screen.step);
        return (
          <EnrollmentScreen
            key="enroll-session"
            {...enrollmentView}
            intro={t.enrollSessionIntro}
            wizard={(onStepChange) => (
              <LazyEnrollmentWizard
                {...wizardProps}
                onStepChange={onStepChange}
                accountName={screen.step.displayName}
                {...(adapter ? { adapter } : { ...clientSource, ...sessionInputs(screen.step, pool) })}
                onComplete={(result) =>
                  result.mode === 'session' && page.dispatch({ type: 'enrolled', tokens: result.authenticationResult })
                }
              />
            )}
          />
        );
      }
      case 'signed-in':
        return (
          later && (
            <later.SignedInScreen
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
          )
        );
      case 'enroll-token':
        return (
          <EnrollmentScreen
            key="enroll-token"
            {...enrollmentView}
            intro={screen.replacing ? t.replaceIntro : t.enrollTokenIntro}
            wizard={(onStepChange) => (
              <LazyEnrollmentWizard
                {...wizardProps}
                {...clientSource}
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
      <LanguageChooser t={t} language={language} onChange={setLanguage} disabled={hydrating} />
    </>
  );
}

/** Whether the page's script runs it: false while React renders the HTML at build time and hydrates it, true after. */
const noChanges = () => () => undefined;
const scriptHasRun = () => true;
const beforeScript = () => false;

/** The pool of that id, or the first (the page always has one). */
function poolOf(config: PageConfig, poolId: string | undefined): PoolConfig | undefined {
  return config.pools.find((p) => p.id === poolId) ?? config.pools[0];
}

/** The wizard's session-mode inputs for an MFA_SETUP answer of a pool's sign-in: its adapter's, or its props. */
function sessionInputs(step: SignInStep & { kind: 'mfa-setup' }, pool: PoolConfig | undefined) {
  return {
    session: step.session,
    username: step.username,
    clientId: pool?.clientId ?? '',
    sessionIssuedAt: step.issuedAt,
    sessionValidityMinutes: pool?.sessionValidityMinutes,
  };
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
function useLanguage(hydrating: boolean): [Language, (language: Language) => void] {
  const [chosen, setLanguage] = useState<Language>();
  // The HTML's language (English) until the script has the page; then the chosen one, or the browser's.
  const language = hydrating ? 'en' : (chosen ?? pickLanguage(navigator.languages, new URLSearchParams(location.search).get('lang')));
  useEffect(() => {
    document.documentElement.lang = textsOf(language).wizard.lang;
  }, [language]);
  const choose = (chosen: Language) =>
    // Its texts first (a chunk, unless English); one that cannot be fetched leaves the page as it is.
    void loadLanguage(chosen).then((texts) => {
      if (texts.wizard.lang !== chosen) return;
      const url = new URL(location.href);
      url.searchParams.set('lang', chosen);
      history.replaceState(history.state, '', url);
      setLanguage(chosen);
    });
  return [language, choose];
}

function LanguageChooser({
  t,
  language,
  onChange,
  disabled,
}: {
  t: PageMessages;
  language: Language;
  onChange: (language: Language) => void;
  disabled: boolean;
}) {
  return (
    <div className="language">
      <label htmlFor="page-language">{t.language}</label>
      <select
        id="page-language"
        value={language}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Language)}
      >
        {Object.entries(languageNames).map(([code, name]) => (
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
