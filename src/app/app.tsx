import { useMemo, useState, useSyncExternalStore, type ReactNode, type Ref } from 'react';
import {
  createSignIn,
  MfaEnrollmentWizard,
  useFocusOnChange,
  type RestartDetails,
  type RestartReason,
  type SignIn,
} from 'cognito-mfa-wizard';
import type { PageConfig } from './config';
import { isBusy, type Notice } from './page-reducer';
import { createPageStore } from './page-store';
import { NewPasswordScreen } from './screens/new-password-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { SignedInScreen } from './screens/signed-in-screen';
import { TotpScreen } from './screens/totp-screen';
import { noticeText, signInErrorText } from './texts';

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
  const error = state.error ? signInErrorText(state.error, pool?.authFlow) : undefined;
  // Where one field is all there is to fill (the password after a restart, a TOTP code), it takes focus.
  const fieldFirst = (screen.name === 'sign-in' && !!screen.username) || screen.name === 'totp';
  const headingRef = useFocusOnChange<HTMLHeadingElement>(screen.name, fieldFirst);
  const wizardProps = useMemo(
    () => ({
      client: auth.client,
      issuer: config.issuer,
      requestTimeoutMs: requestTimeoutMs(config),
      onRestart: (reason: RestartReason, { enrolled }: RestartDetails) =>
        page.dispatch({ type: 'restart-requested', reason, enrolled }),
      onCancel: () => page.dispatch({ type: 'enroll-cancelled' }),
    }),
    [auth.client, config, page],
  );

  switch (screen.name) {
    case 'sign-in':
      return (
        <SignInScreen
          key={screen.notice?.kind ?? 'sign-in'}
          pools={config.pools}
          poolId={state.poolId}
          onPoolChange={(poolId) => page.dispatch({ type: 'pool-changed', poolId })}
          initialUsername={screen.username ?? ''}
          notice={screen.notice ? noticeText(screen.notice) : undefined}
          error={error}
          busy={busy}
          onSubmit={(username, password) => page.submit('sign-in', (signIn, options) => signIn.signIn(username, password, options))}
          headingRef={headingRef}
        />
      );
    case 'new-password':
      return (
        <NewPasswordScreen
          username={screen.step.displayName}
          error={error}
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
        <EnrollmentScreen headingRef={headingRef} intro="Your account needs two-step verification before you can sign in.">
          <MfaEnrollmentWizard
            {...wizardProps}
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
        </EnrollmentScreen>
      );
    case 'signed-in':
      return (
        <SignedInScreen
          username={screen.displayName}
          app={screen.app}
          notice={screen.notice ? noticeText(screen.notice) : undefined}
          onSetUp={() => page.dispatch({ type: 'enroll-requested' })}
          onCheckAgain={() => page.dispatch({ type: 'check-app-requested' })}
          onSignOut={() => page.dispatch({ type: 'sign-out-requested' })}
          headingRef={headingRef}
        />
      );
    case 'enroll-token':
      return (
        <EnrollmentScreen headingRef={headingRef} intro="Add a code from an authenticator app to each sign-in.">
          <MfaEnrollmentWizard
            {...wizardProps}
            accountName={screen.displayName}
            accessToken={screen.tokens.AccessToken ?? ''}
            onComplete={() => page.dispatch({ type: 'enrolled' })}
          />
        </EnrollmentScreen>
      );
    default:
      return screen satisfies never;
  }
}

function requestTimeoutMs(config: PageConfig): number | undefined {
  return config.requestTimeoutSeconds === undefined ? undefined : config.requestTimeoutSeconds * 1000;
}

function EnrollmentScreen({ intro, headingRef, children }: { intro: string; headingRef: Ref<HTMLHeadingElement>; children: ReactNode }) {
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
