import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createSignIn,
  MfaEnrollmentWizard,
  SignInError,
  useFocusOnChange,
  type AuthenticationResult,
  type EnrollmentResult,
  type RestartDetails,
  type RestartReason,
  type SignInStep,
} from 'cognito-mfa-wizard';
import type { PageConfig } from './config';
import { NewPasswordScreen } from './screens/new-password-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { SignedInScreen } from './screens/signed-in-screen';
import { TotpScreen } from './screens/totp-screen';
import { enrolledRestartNotice, restartNotice, signInErrorText, uncertainRestartNotice } from './texts';

type ChallengeStep<K extends SignInStep['kind']> = Extract<SignInStep, { kind: K }>;

/** Where the page is. Tokens and sessions live here, in memory, and nowhere else. */
type Screen =
  | { name: 'sign-in'; notice?: string; username?: string }
  | { name: 'new-password'; step: ChallengeStep<'new-password-required'> }
  | { name: 'totp'; step: ChallengeStep<'software-token-mfa'> }
  | { name: 'enroll-session'; step: ChallengeStep<'mfa-setup'> }
  | { name: 'signed-in'; displayName: string; tokens: AuthenticationResult; hasApp?: boolean; notice?: string }
  | { name: 'enroll-token'; displayName: string; tokens: AuthenticationResult };

export function App({ config }: { config: PageConfig }) {
  const [poolId, setPoolId] = useState(config.pools[0]?.id ?? '');
  const pool = config.pools.find((p) => p.id === poolId) ?? config.pools[0];
  const clientId = pool?.clientId ?? '';
  const auth = useMemo(
    () => createSignIn({ clientId, region: config.region, endpoint: config.endpoint }),
    [clientId, config.region, config.endpoint],
  );
  const [screen, setScreen] = useState<Screen>({ name: 'sign-in' });
  const [busy, setBusy] = useState(false);
  // A second Enter or click before React re-renders must not send a second request.
  const inFlight = useRef(false);
  const [error, setError] = useState<string>();
  // Where one field is all there is to fill (the password after a restart, a TOTP code), it takes focus.
  const fieldFirst = (screen.name === 'sign-in' && !!screen.username) || screen.name === 'totp';
  const headingRef = useFocusOnChange<HTMLHeadingElement>(screen.name, fieldFirst);

  const go = useCallback((next: Screen) => {
    setError(undefined);
    setScreen(next);
  }, []);

  const follow = useCallback(
    (step: SignInStep) => {
      switch (step.kind) {
        case 'signed-in':
          return go({ name: 'signed-in', displayName: step.displayName, tokens: step.tokens });
        case 'mfa-setup':
          return go({ name: 'enroll-session', step });
        case 'software-token-mfa':
          return go({ name: 'totp', step });
        case 'new-password-required':
          return go({ name: 'new-password', step });
        case 'unsupported-challenge':
          return go({
            name: 'sign-in',
            username: step.displayName,
            notice: `This account needs a sign-in step this page doesn't offer (${step.challenge}). Use the app's main sign-in.`,
          });
        default:
          return step satisfies never;
      }
    },
    [go],
  );

  // One request at a time; an error keeps the screen and says what to do.
  const run = useCallback(
    async (request: () => Promise<SignInStep>, onSessionLost?: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      setError(undefined);
      try {
        follow(await request());
      } catch (reason) {
        const kind = reason instanceof SignInError ? reason.kind : 'unknown';
        if (onSessionLost !== undefined && kind.startsWith('session-')) {
          go({ name: 'sign-in', username: onSessionLost, notice: signInErrorText(kind) });
        } else {
          setError(signInErrorText(kind));
        }
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [follow, go],
  );

  const signedInUser = screen.name === 'signed-in' && screen.hasApp === undefined ? screen : undefined;
  useEffect(() => {
    if (!signedInUser?.tokens.AccessToken) return;
    let live = true;
    auth.hasAuthenticatorApp(signedInUser.tokens.AccessToken).then(
      (hasApp) => live && setScreen((s) => (s === signedInUser ? { ...s, hasApp } : s)),
      () => live && setScreen((s) => (s === signedInUser ? { ...s, hasApp: false } : s)),
    );
    return () => {
      live = false;
    };
  }, [auth, signedInUser]);

  function signOut(tokens: AuthenticationResult) {
    // Revoking is a courtesy to the server; forgetting the tokens is what signs out here.
    if (tokens.RefreshToken) auth.signOut(tokens.RefreshToken).catch(() => undefined);
    go({ name: 'sign-in', notice: "You're signed out." });
  }

  /** What both ways into the wizard share: the client, the names, and a way back to sign-in. */
  function wizardProps(displayName: string) {
    return {
      client: auth.client,
      issuer: config.issuer,
      accountName: displayName,
      onRestart: (reason: RestartReason, { enrolled }: RestartDetails) =>
        go({
          name: 'sign-in',
          username: displayName,
          // Whether the app's entry already counts decides what to do with it; the notice must not guess.
          notice:
            enrolled === 'unknown' ? uncertainRestartNotice : enrolled ? enrolledRestartNotice : restartNotice[reason],
        }),
    };
  }

  function enrolled(displayName: string, tokens: AuthenticationResult) {
    go({
      name: 'signed-in',
      displayName,
      tokens,
      hasApp: true,
      notice: 'Authenticator app added. From now on, signing in asks for a code from it.',
    });
  }

  switch (screen.name) {
    case 'sign-in':
      return (
        <SignInScreen
          key={screen.notice ?? 'sign-in'}
          pools={config.pools}
          poolId={poolId}
          onPoolChange={(id) => {
            setPoolId(id);
            setError(undefined);
          }}
          initialUsername={screen.username ?? ''}
          notice={screen.notice}
          error={error}
          busy={busy}
          onSubmit={(username, password) => void run(() => auth.signIn(username, password))}
          headingRef={headingRef}
        />
      );
    case 'new-password':
      return (
        <NewPasswordScreen
          username={screen.step.displayName}
          error={error}
          busy={busy}
          onSubmit={(password) => void run(() => auth.setNewPassword(screen.step, password), screen.step.displayName)}
          onCancel={() => go({ name: 'sign-in', username: screen.step.displayName })}
          headingRef={headingRef}
        />
      );
    case 'totp':
      return (
        <TotpScreen
          username={screen.step.displayName}
          deviceName={screen.step.deviceName}
          error={error}
          busy={busy}
          onSubmit={(code) => void run(() => auth.answerSoftwareTokenMfa(screen.step, code), screen.step.displayName)}
          onCancel={() => go({ name: 'sign-in', username: screen.step.displayName })}
          headingRef={headingRef}
        />
      );
    case 'enroll-session':
      return (
        <EnrollmentScreen headingRef={headingRef} intro="Your account needs two-step verification before you can sign in.">
          <MfaEnrollmentWizard
            {...wizardProps(screen.step.displayName)}
            session={screen.step.session}
            username={screen.step.username}
            clientId={clientId}
            sessionIssuedAt={screen.step.issuedAt}
            {...(pool?.sessionValidityMinutes ? { sessionValidityMinutes: pool.sessionValidityMinutes } : {})}
            onComplete={(result: EnrollmentResult) =>
              result.mode === 'session' && enrolled(screen.step.displayName, result.authenticationResult)
            }
            onCancel={() => go({ name: 'sign-in', username: screen.step.displayName })}
          />
        </EnrollmentScreen>
      );
    case 'signed-in':
      return (
        <SignedInScreen
          username={screen.displayName}
          hasAuthenticatorApp={screen.hasApp}
          notice={screen.notice}
          onSetUp={() => go({ name: 'enroll-token', displayName: screen.displayName, tokens: screen.tokens })}
          onSignOut={() => signOut(screen.tokens)}
          headingRef={headingRef}
        />
      );
    case 'enroll-token':
      return (
        <EnrollmentScreen headingRef={headingRef} intro="Add a code from an authenticator app to each sign-in.">
          <MfaEnrollmentWizard
            {...wizardProps(screen.displayName)}
            accessToken={screen.tokens.AccessToken ?? ''}
            onComplete={() => enrolled(screen.displayName, screen.tokens)}
            onCancel={() => go({ name: 'signed-in', displayName: screen.displayName, tokens: screen.tokens, hasApp: false })}
          />
        </EnrollmentScreen>
      );
    default:
      return screen satisfies never;
  }
}

function EnrollmentScreen({
  intro,
  headingRef,
  children,
}: {
  intro: string;
  headingRef: React.Ref<HTMLHeadingElement>;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby="enroll-heading">
      <h1 id="enroll-heading" tabIndex={-1} ref={headingRef}>
        Two-step verification
      </h1>
      <p>{intro}</p>
      {children}
    </section>
  );
}
