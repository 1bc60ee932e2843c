import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { commands, installFakeCognito, SECRET, SESSION_FROM_ASSOCIATE } from '../test/cognito-fakes';
import { accessTokenMode, sessionMode } from '../test/render-wizard';
import { useMfaEnrollment } from './use-mfa-enrollment';

const cognito = installFakeCognito();

describe('useMfaEnrollment (headless)', () => {
  describe('given association has finished', () => {
    it('exposes the key, its groups and the otpauth URI', async () => {
      const { result } = renderHook(() => useMfaEnrollment(sessionMode));
      expect(result.current.step).toBe('associating');
      expect(result.current.secret).toBeUndefined();
      await waitFor(() => expect(result.current.step).toBe('setup'));
      expect(result.current.secret).toBe(SECRET);
      expect(result.current.groupedSecret?.split(' ')[0]).toBe(SECRET.slice(0, 4));
      expect(result.current.otpauthUri).toMatch(/^otpauth:\/\/totp\/Acme:alice%40example\.com\?secret=/);
      expect(result.current.state).toMatchObject({ step: 'setup', session: SESSION_FROM_ASSOCIATE });
      expect(result.current.timeLeftMs).toBeGreaterThan(170_000);
    });
  });

  describe('when submitCode gets an invalid code', () => {
    it.each([
      ['', 'empty'],
      ['12345', 'too-short'],
      ['1234567', 'too-long'],
      ['12345x', 'not-digits'],
    ])('returns why for %j and sends nothing', async (code, problem) => {
      const { result } = renderHook(() => useMfaEnrollment(accessTokenMode));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      let validation: ReturnType<typeof result.current.submitCode> | undefined;
      act(() => {
        validation = result.current.submitCode(code);
      });
      expect(validation).toEqual({ ok: false, problem });
      expect(result.current.step).toBe('setup');
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
    });
  });

  describe('when restart is asked for without a reason to sign in again', () => {
    it('does not call onRestart', async () => {
      const onRestart = vi.fn();
      const { result } = renderHook(() => useMfaEnrollment({ ...accessTokenMode, onRestart }));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      act(() => result.current.restart());
      expect(result.current.restartReason).toBeNull();
      expect(onRestart).not.toHaveBeenCalled();
    });
  });
});
