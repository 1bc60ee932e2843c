import { useForm, type FieldErrors, type FieldValues, type SubmitHandler } from 'react-hook-form';
import { showProblem, useAnnouncer } from './announcer';

/**
 * A page form on react-hook-form: fields checked when the form is submitted (and not again while the
 * user types, until the next submit), each problem kept as its message's key so that it follows a
 * change of language, and the first problem shown where the user will hear it: focus moves to its
 * field, or, where focus already is, the announcer says it.
 */
export function usePageForm<Values extends FieldValues, Key extends string>(messageOf: (key: Key) => string, busy: boolean) {
  const form = useForm<Values>({ mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false });
  const { announce, region } = useAnnouncer();
  const { errors } = form.formState;
  /** The message of the problem with a field, if the last submit found one. */
  const problemOf = (name: keyof Values & string): string | undefined => {
    const key = errors[name]?.message;
    return typeof key === 'string' && key !== '' ? messageOf(key as Key) : undefined;
  };
  const showFirst = (found: FieldErrors<Values>) => {
    // In the order the fields were registered, which is the order on screen.
    const first = Object.values(found).find((error) => error && 'ref' in error && typeof error.message === 'string');
    if (first && 'ref' in first) showProblem(first.ref, messageOf(first.message as Key), announce);
  };
  /** The form's onSubmit: `send` gets the values once every field passes; nothing while busy. */
  const onSubmit = (send: SubmitHandler<Values>) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) void form.handleSubmit(send, showFirst)(event);
  };
  return { register: form.register, resetField: form.resetField, problemOf, onSubmit, region };
}
