import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { commands, installFakeCognito, SECRET, SESSION_FROM_ASSOCIATE } from '../test/cognito-fakes';
import { accessTokenMode, sessionMode } from '../test/render-wizard';
import { useMfaEnrollment, type CodeSubmission } from './use-mfa-enrollment';

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
      // The session is a credential of the user's sign-in: nothing the hook hands the host holds it.
      expect(JSON.stringify(result.current)).not.toContain(SESSION_FROM_ASSOCIATE);
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
      let submission: CodeSubmission | undefined;
      act(() => {
        submission = result.current.submitCode(code);
      });
      expect(submission).toEqual({ status: 'invalid', problem });
      expect(result.current.step).toBe('setup');
      expect(cognito.commandCalls(commands.verify)).toHaveLength(0);
    });
  });

  describe('when submitCode gets a valid code', () => {
    it('says it sent the normalised code', async () => {
      const { result } = renderHook(() => useMfaEnrollment(accessTokenMode));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      let submission: CodeSubmission | undefined;
      act(() => {
        submission = result.current.submitCode('123 456');
      });
      expect(submission).toEqual({ status: 'sent', code: '123456' });
      await waitFor(() => expect(cognito.commandCalls(commands.verify)).toHaveLength(1));
    });

    it('says "busy" and sends nothing while a request is in flight, even for a second submit in the same tick', async () => {
      cognito.on(commands.verify).callsFake(() => new Promise(() => {}));
      const { result } = renderHook(() => useMfaEnrollment(sessionMode));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      const submissions: CodeSubmission[] = [];
      act(() => {
        submissions.push(result.current.submitCode('123456'), result.current.submitCode('654321'));
      });
      expect(submissions).toEqual([{ status: 'sent', code: '123456' }, { status: 'busy' }]);
      expect(result.current.busy).toBe(true);
      act(() => {
        submissions.push(result.current.submitCode('654321'));
      });
      expect(submissions[2]).toEqual({ status: 'busy' });
      expect(cognito.commandCalls(commands.verify)).toHaveLength(1);
    });

    it('still says what is wrong with an invalid code while busy', async () => {
      const { result } = renderHook(() => useMfaEnrollment(sessionMode));
      let submission: CodeSubmission | undefined;
      act(() => {
        submission = result.current.submitCode('12');
      });
      expect(result.current.step).toBe('associating');
      expect(submission).toEqual({ status: 'invalid', problem: 'too-short' });
      await waitFor(() => expect(result.current.step).toBe('setup'));
    });

    it('says "closed" once the enrollment is over', async () => {
      const { result } = renderHook(() => useMfaEnrollment(accessTokenMode));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      act(() => void result.current.submitCode('123456'));
      await waitFor(() => expect(result.current.step).toBe('done'));
      let submission: CodeSubmission | undefined;
      act(() => {
        submission = result.current.submitCode('123456');
      });
      expect(submission).toEqual({ status: 'closed' });
      expect(cognito.commandCalls(commands.verify)).toHaveLength(1);
    });
  });

  describe('when restart is asked for without a reason to sign in again', () => {
    it('does not call onRestart', async () => {
      const onRestart = vi.fn();
      const { result } = renderHook(() => useMfaEnrollment({ ...accessTokenMode, onRestart }));
      await waitFor(() => expect(result.current.step).toBe('setup'));
      // Only the failed screen has restart(); a host reading another screen cannot call it.
      expect('restart' in result.current).toBe(false);
      expect(onRestart).not.toHaveBeenCalled();
    });
  });
});
