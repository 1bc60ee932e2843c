import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CodeProblem, ErrorRecovery, WizardError } from '../core';
import { ErrorMessage } from './error-message';
import { useMayMoveFocus } from './focus-policy';
import type { Messages } from './messages';
import type { CodeSubmission } from './use-enrollment';

interface CodeFormProps {
  messages: Messages;
  defaultDeviceName: string;
  busy: boolean;
  /** Whether there is a key to check a code against yet (default true); until then Verify waits, not busy. */
  ready?: boolean | undefined;
  /** Status while busy, e.g. "Checking your code…". */
  busyText: string;
  /** The error from Cognito, if the last attempt failed. */
  error: WizardError | undefined;
  recovery: ErrorRecovery | null;
  /**
   * Session mode: the running-out warning, shown and announced beside Verify, where the user is by
   * then; '' until it is due. null without a session clock.
   */
  sessionWarning: string | null;
  /** Validates and sends the code (the hook's submitCode): the one check of each submit. */
  onSubmitCode: (code: string, deviceName: string) => CodeSubmission;
  /** Told whether the code field holds a code not yet sent, as that changes. */
  onCodeTyped: (typed: boolean) => void;
  /** More buttons beside Verify (Cancel). */
  children?: ReactNode;
}

/**
 * One code field (any paste welcome; it is normalised, not truncated), an optional device name,
 * and Verify. The hook, not the button, decides whether a submit sends anything. Each message sits
 * under what it is about: one about the code under the code field, one about the request (no
 * connection, throttling) under Verify, with the session warning.
 */
export function CodeForm({
  messages,
  defaultDeviceName,
  busy,
  ready = true,
  busyText,
  error,
  recovery,
  sessionWarning,
  onSubmitCode,
  onCodeTyped,
  children,
}: CodeFormProps) {
  const id = useId();
  // Two uncontrolled fields, read on submit: the whole of the form's state, so no form library is
  // bundled into host apps for it (the hook validates the code, once per submit).
  const codeRef = useRef<HTMLInputElement>(null);
  const deviceRef = useRef<HTMLInputElement>(null);
  // What the last submit found wrong with the code as typed, until the user types again: kept as the
  // problem, not its text, so that a change of language changes the message too.
  const [problem, setProblem] = useState<CodeProblem>();
  // The Cognito error the user has since edited the code for; that code is no longer the one refused.
  const [editedAfter, setEditedAfter] = useState<WizardError>();
  // The message shown when the user last left the code field (see `describesField` below).
  const [leftWith, setLeftWith] = useState<string>();
  const mayMoveFocus = useMayMoveFocus();

  // A new form starts empty, whatever an earlier setup screen's field held.
  useEffect(() => onCodeTyped(false), [onCodeTyped]);

  // A wrong or stale code: clear the field and put the cursor back, ready for the next code.
  useEffect(() => {
    if (error && recovery === 'retype-code') {
      if (codeRef.current) codeRef.current.value = '';
      onCodeTyped(false);
      if (mayMoveFocus()) codeRef.current?.focus();
    }
  }, [error, recovery, mayMoveFocus, onCodeTyped]);

  const fieldMessage = problem && messages[`code:${problem}`];
  const requestMessage = error ? messages[`error:${error.kind}`] : undefined;
  const message = fieldMessage ?? requestMessage;
  const codeInvalid = fieldMessage !== undefined || (recovery === 'retype-code' && editedAfter !== error);
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  // A message that is gone is no longer the one the user left the field with: the same text coming
  // back (a second wrong code) is new again.
  if (message === undefined && leftWith !== undefined) setLeftWith(undefined);
  /*
   * One announcement per message. Every message is a role="alert", read once as it appears, wherever
   * focus is: on Verify, or already in the field after Enter, where moving focus there again would say
   * nothing. A message about the code (a validation problem, or a code Cognito refused) also moves
   * focus to the field, so if the field's aria-describedby pointed at it, screen readers would read it
   * a second time as the field's description. So the field is described by it only once the user has
   * left the field with that message shown: coming back to the field then reads it, as a description.
   * Messages about the request (no connection, throttling) never describe the field: the code is fine.
   */
  const aboutCode = fieldMessage !== undefined || recovery === 'retype-code';
  const describesField = aboutCode && message !== undefined && leftWith === message;
  // Typing again takes back the field's invalid mark and its validation message; Cognito's message
  // stays in the alert until the next submit. A half-typed code is not an error yet: it is checked on
  // submit only.
  const codeChanged = (event: { target: { value: string } }) => {
    setProblem(undefined);
    setEditedAfter(error);
    onCodeTyped(event.target.value.trim() !== '');
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submission = onSubmitCode(codeRef.current?.value ?? '', deviceRef.current?.value ?? '');
    // A code on its way to Cognito is no longer one being typed.
    if (submission.status === 'sent') onCodeTyped(false);
    if (submission.status === 'invalid') {
      setProblem(submission.problem);
      codeRef.current?.focus();
    }
  };

  return (
    <form className="mfa-wizard__form" noValidate onSubmit={submit}>
      <div className="mfa-wizard__field">
        <label htmlFor={`${id}-code`}>{messages.codeLabel}</label>
        <p id={hintId} className="mfa-wizard__hint">
          {messages.codeHint}
        </p>
        <input
          id={`${id}-code`}
          className="mfa-wizard__code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          aria-invalid={codeInvalid}
          aria-describedby={describesField ? `${messageId} ${hintId}` : hintId}
          name="code"
          defaultValue=""
          ref={codeRef}
          onChange={codeChanged}
          onBlur={() => setLeftWith(message)}
        />
        {message && aboutCode && <ErrorMessage id={messageId}>{message}</ErrorMessage>}
      </div>
      <div className="mfa-wizard__field">
        <label htmlFor={`${id}-device`}>{messages.deviceNameLabel}</label>
        <p id={`${id}-device-hint`} className="mfa-wizard__hint">
          {messages.deviceNameHint}
        </p>
        <input
          id={`${id}-device`}
          type="text"
          autoComplete="off"
          placeholder={messages.deviceNamePlaceholder}
          aria-describedby={`${id}-device-hint`}
          name="deviceName"
          defaultValue={defaultDeviceName}
          ref={deviceRef}
        />
      </div>
      <div className="mfa-wizard__submit-row">
        <button type="submit" className="mfa-wizard__submit" aria-disabled={busy || !ready} aria-busy={busy}>
          {messages.verify}
        </button>
        {children}
        <p role="status" className="mfa-wizard__busy">
          {busy ? busyText : ''}
        </p>
        {sessionWarning !== null && (
          <p role="status" className="mfa-wizard__session-warning">
            {sessionWarning}
          </p>
        )}
      </div>
      {message && !aboutCode && <ErrorMessage id={messageId}>{message}</ErrorMessage>}
    </form>
  );
}
