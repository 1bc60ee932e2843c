import type { AuthenticationResult, SignInStep } from 'cognito-mfa-wizard';
import { describe, expect, it } from 'vitest';
import { initialPageState, isBusy, pageEffectOf, pageReducer, type PageEvent, type PageState, type Screen } from './page-reducer';

const tokens: AuthenticationResult = { AccessToken: 'access', IdToken: 'id', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' };
const who = { username: 'alice-id', displayName: 'alice' };
const session = 's'.repeat(40);
const steps = {
  signedIn: { kind: 'signed-in', ...who, tokens },
  mfaSetup: { kind: 'mfa-setup', ...who, session, issuedAt: 0 },
  totp: { kind: 'software-token-mfa', ...who, session, issuedAt: 0, deviceName: 'Pixel' },
  newPassword: { kind: 'new-password-required', ...who, session, issuedAt: 0 },
  unsupported: { kind: 'unsupported-challenge', ...who, challenge: 'SMS_MFA' },
} satisfies Record<string, SignInStep>;

const start = initialPageState('required');
const on = (screen: Screen, extra: Partial<PageState> = {}): PageState => ({ ...start, screen, lastRequest: 1, ...extra });
const signingIn = on({ name: 'sign-in' }, { pending: { id: 1, request: 'sign-in' } });
const totp = on({ name: 'totp', step: steps.totp });
const totpSending = on({ name: 'totp', step: steps.totp }, { pending: { id: 1, request: 'totp' } });
const newPasswordSending = on({ name: 'new-password', step: steps.newPassword }, { pending: { id: 1, request: 'new-password' } });
const signedIn = (app: 'checking' | 'on' | 'off' | 'unknown', pending: PageState['pending'] = null) =>
  on({ name: 'signed-in', displayName: 'alice', tokens, app }, { pending });
const enrollToken = on({ name: 'enroll-token', displayName: 'alice', tokens });
const enrollSession = on({ name: 'enroll-session', step: steps.mfaSetup });

describe('pageReducer', () => {
  describe('given a form request', () => {
    it('sends one at a time, from its own screen only', () => {
      const sent = pageReducer(start, { type: 'submitted', request: 'sign-in' });
      expect(sent).toMatchObject({ pending: { id: 1, request: 'sign-in' }, lastRequest: 1 });
      expect(isBusy(sent)).toBe(true);
      expect(pageReducer(sent, { type: 'submitted', request: 'sign-in' })).toBe(sent);
      expect(pageReducer(start, { type: 'submitted', request: 'totp' })).toBe(start);
    });

    it.each<[string, SignInStep, Partial<Screen>]>([
      ['tokens sign in and ask Cognito about the app', steps.signedIn, { name: 'signed-in', app: 'checking' }],
      ['MFA_SETUP opens enrollment with the session', steps.mfaSetup, { name: 'enroll-session', step: steps.mfaSetup }],
      ['SOFTWARE_TOKEN_MFA asks for a code', steps.totp, { name: 'totp', step: steps.totp }],
      ['NEW_PASSWORD_REQUIRED asks for a password', steps.newPassword, { name: 'new-password', step: steps.newPassword }],
      [
        'another challenge says the page cannot answer it',
        steps.unsupported,
        { name: 'sign-in', username: 'alice', notice: { kind: 'unsupported-challenge', challenge: 'SMS_MFA' } },
      ],
    ])('follows the answer: %s', (_case, step, screen) => {
      expect(pageReducer(signingIn, { type: 'answered', id: 1, step }).screen).toMatchObject(screen);
    });

    it('keeps the screen and says why when it fails, and takes the next submit', () => {
      const failed = pageReducer(signingIn, { type: 'failed', id: 1, error: 'wrong-credentials' });
      expect(failed).toMatchObject({ screen: { name: 'sign-in' }, pending: null, error: 'wrong-credentials' });
      expect(pageReducer(failed, { type: 'submitted', request: 'sign-in' })).toMatchObject({ pending: { id: 2 }, error: undefined });
    });

    it.each(['session-expired', 'session-used', 'session-invalid'] as const)(
      'goes back to the sign-in form, username kept, when the challenge session is %s',
      (error) => {
        for (const state of [totpSending, newPasswordSending]) {
          expect(pageReducer(state, { type: 'failed', id: 1, error }).screen).toEqual({
            name: 'sign-in',
            username: 'alice',
            notice: { kind: 'session-lost', error },
          });
        }
      },
    );

    it('stays on the TOTP step for a wrong or used code', () => {
      for (const error of ['code-mismatch', 'code-already-used'] as const) {
        expect(pageReducer(totpSending, { type: 'failed', id: 1, error })).toMatchObject({ screen: { name: 'totp' }, error });
      }
    });
  });

  describe('when the user cancels a challenge step', () => {
    it.each([
      ['the TOTP step', totpSending],
      ['the new-password step', newPasswordSending],
    ])('from %s: the sign-in form is usable at once, and the late answer is dropped', (_case, state) => {
      const back = pageReducer(state, { type: 'cancelled' });
      expect(back).toMatchObject({ screen: { name: 'sign-in', username: 'alice' }, pending: null });
      expect(isBusy(back)).toBe(false);
      expect(pageReducer(back, { type: 'answered', id: 1, step: steps.signedIn })).toBe(back);
      expect(pageReducer(back, { type: 'answered', id: 1, step: steps.mfaSetup })).toBe(back);
      expect(pageReducer(back, { type: 'failed', id: 1, error: 'network' })).toBe(back);
      expect(pageReducer(back, { type: 'submitted', request: 'sign-in' })).toMatchObject({ pending: { id: 2 } });
    });

    it('drops an answer to an earlier request even after a new one started', () => {
      const again = pageReducer(pageReducer(totpSending, { type: 'cancelled' }), { type: 'submitted', request: 'sign-in' });
      expect(pageReducer(again, { type: 'answered', id: 1, step: steps.signedIn })).toBe(again);
      expect(pageReducer(again, { type: 'answered', id: 2, step: steps.totp }).screen.name).toBe('totp');
    });
  });

  describe('given the signed-in page', () => {
    const checking = pageReducer(signingIn, { type: 'answered', id: 1, step: steps.signedIn });

    it('asks Cognito whether the user has an app, as a request of its own', () => {
      expect(checking.pending).toEqual({ id: 2, request: 'check-app' });
      expect(isBusy(checking)).toBe(false);
      expect(pageEffectOf(signingIn, checking)).toEqual({ type: 'check-app', id: 2, accessToken: 'access' });
    });

    it.each<[string, PageEvent, string]>([
      ['Cognito lists TOTP', { type: 'app-checked', id: 2, hasApp: true }, 'on'],
      ['Cognito lists no TOTP', { type: 'app-checked', id: 2, hasApp: false }, 'off'],
      ['Cognito could not be asked', { type: 'app-check-failed', id: 2 }, 'unknown'],
    ])('says "Not set up" only when Cognito said so: %s → %s', (_case, event, app) => {
      expect(pageReducer(checking, event).screen).toMatchObject({ name: 'signed-in', app });
    });

    it('asks again when the user tries again after it could not', () => {
      const unknown = pageReducer(checking, { type: 'app-check-failed', id: 2 });
      const again = pageReducer(unknown, { type: 'check-app-requested' });
      expect(again).toMatchObject({ screen: { app: 'checking' }, pending: { id: 3, request: 'check-app' } });
      expect(pageEffectOf(unknown, again)).toEqual({ type: 'check-app', id: 3, accessToken: 'access' });
      expect(pageReducer(checking, { type: 'check-app-requested' })).toBe(checking);
    });

    it('offers enrollment only when Cognito said there is no app', () => {
      for (const app of ['checking', 'on', 'unknown'] as const) {
        const state = signedIn(app);
        expect(pageReducer(state, { type: 'enroll-requested' })).toBe(state);
      }
      expect(pageReducer(signedIn('off'), { type: 'enroll-requested' }).screen.name).toBe('enroll-token');
    });

    it('replaces an app only when Cognito said there is one, and then asks Cognito again', () => {
      for (const app of ['checking', 'off', 'unknown'] as const) {
        const state = signedIn(app);
        expect(pageReducer(state, { type: 'replace-requested' })).toBe(state);
      }
      const replacing = pageReducer(signedIn('on'), { type: 'replace-requested' });
      expect(replacing.screen).toEqual({ name: 'enroll-token', displayName: 'alice', tokens, replacing: true });
      const replaced = pageReducer(replacing, { type: 'enrolled' });
      expect(replaced).toMatchObject({
        screen: { name: 'signed-in', app: 'checking', notice: { kind: 'replaced' } },
        pending: { request: 'check-app' },
      });
      expect(pageEffectOf(replacing, replaced)).toMatchObject({ type: 'check-app', accessToken: 'access' });
    });

    it('turns an app off with a request of its own, then shows what Cognito says', () => {
      const state = signedIn('on');
      const turningOff = pageReducer(state, { type: 'turn-off-requested' });
      expect(turningOff.pending).toEqual({ id: 2, request: 'turn-off' });
      expect(isBusy(turningOff)).toBe(true);
      expect(pageEffectOf(state, turningOff)).toEqual({ type: 'turn-off', id: 2, accessToken: 'access' });
      expect(pageReducer(turningOff, { type: 'turn-off-requested' })).toBe(turningOff);

      const off = pageReducer(turningOff, { type: 'turned-off', id: 2 });
      expect(off).toMatchObject({
        screen: { name: 'signed-in', app: 'checking', notice: { kind: 'turned-off' } },
        pending: { id: 3, request: 'check-app' },
      });
      expect(pageReducer(off, { type: 'app-checked', id: 3, hasApp: false }).screen).toMatchObject({ app: 'off' });

      const failed = pageReducer(turningOff, { type: 'turn-off-failed', id: 2, error: 'network' });
      expect(failed).toMatchObject({ screen: { name: 'signed-in', app: 'on' }, pending: null, error: 'network' });
      expect(pageReducer(signedIn('off'), { type: 'turn-off-requested' })).toEqual(signedIn('off'));
    });

    it('drops the answer to a turn-off the user has left (signed out)', () => {
      const turningOff = pageReducer(signedIn('on'), { type: 'turn-off-requested' });
      const out = pageReducer(turningOff, { type: 'sign-out-requested' });
      expect(pageReducer(out, { type: 'turned-off', id: 2 })).toBe(out);
    });

    it('signs out at once and revokes the refresh token, saying so if Cognito could not be told', () => {
      const state = signedIn('on');
      const out = pageReducer(state, { type: 'sign-out-requested' });
      expect(out.screen).toEqual({ name: 'sign-in', notice: { kind: 'signed-out', revoked: 'pending' } });
      expect(pageEffectOf(state, out)).toEqual({ type: 'revoke', id: 2, refreshToken: 'refresh' });
      expect(pageReducer(out, { type: 'revoked', id: 2, ok: false }).screen).toMatchObject({
        notice: { kind: 'signed-out', revoked: 'no' },
      });
      expect(pageReducer(out, { type: 'revoked', id: 2, ok: true }).screen).toMatchObject({
        notice: { kind: 'signed-out', revoked: 'yes' },
      });
      const signedInAgain = pageReducer(out, { type: 'submitted', request: 'sign-in' });
      expect(pageReducer(signedInAgain, { type: 'revoked', id: 2, ok: false })).toBe(signedInAgain);
    });
  });

  describe('given the wizard on the page', () => {
    it('after a token enrollment, shows the app as on', () => {
      expect(pageReducer(enrollToken, { type: 'enrolled' }).screen).toMatchObject({
        name: 'signed-in',
        app: 'on',
        notice: { kind: 'enrolled' },
      });
    });

    it('after a sign-in enrollment, signs in with the tokens it brought', () => {
      expect(pageReducer(enrollSession, { type: 'enrolled', tokens }).screen).toMatchObject({ name: 'signed-in', tokens, app: 'on' });
    });

    it('on Cancel of a token enrollment, asks Cognito again rather than assume no app', () => {
      const back = pageReducer(enrollToken, { type: 'enroll-cancelled' });
      expect(back).toMatchObject({ screen: { name: 'signed-in', app: 'checking' }, pending: { request: 'check-app' } });
    });

    it('on Cancel of a sign-in enrollment, goes back to the sign-in form with the username', () => {
      expect(pageReducer(enrollSession, { type: 'enroll-cancelled' }).screen).toEqual({ name: 'sign-in', username: 'alice' });
    });

    it('on a restart, says why with what Cognito registered', () => {
      expect(
        pageReducer(enrollSession, { type: 'restart-requested', reason: 'session-used', enrolled: 'unknown' }).screen,
      ).toEqual({ name: 'sign-in', username: 'alice', notice: { kind: 'restart', reason: 'session-used', enrolled: 'unknown' } });
    });
  });

  describe('given the pool chooser', () => {
    it('changes pool only on the idle sign-in form', () => {
      expect(pageReducer(start, { type: 'pool-changed', poolId: 'optional' }).poolId).toBe('optional');
      expect(pageReducer(signingIn, { type: 'pool-changed', poolId: 'optional' })).toBe(signingIn);
      expect(pageReducer(totp, { type: 'pool-changed', poolId: 'optional' })).toBe(totp);
    });
  });
});
