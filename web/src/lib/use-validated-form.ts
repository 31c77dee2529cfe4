import { useEffect, useState, type ChangeEvent, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldMessagesFromIssues,
  fieldMessagesFromProblem,
  formatFieldMessage,
  type FieldMessages,
} from '../i18n/field-messages';
import { isApiError } from './api-client';

type Options<V extends Record<string, string>, S extends z.ZodType> = {
  /** A shared schema (CONVENTIONS: each schema is written once, in shared/). */
  schema: S;
  initial: V;
  /** Where each form field sits in the schema's input, as a dotted path (`organization.inn`). */
  paths: Record<keyof V & string, string>;
  /** The schema's input as far as the form is filled in: a blank field may leave its key undefined. */
  toInput: (values: V) => Partial<z.input<S>>;
  /** The form element, where the first invalid field is looked up to receive focus. */
  formRef: RefObject<HTMLFormElement | null>;
};

/**
 * Form state validated by a shared zod schema. Errors appear on the first submit and then follow every
 * change; server field errors replace them until the field changes. Nothing is shown on blur: a message
 * appearing then shifts the layout under the pointer and swallows the click on the submit button.
 */
export function useValidatedForm<V extends Record<string, string>, S extends z.ZodType>(
  options: Options<V, S>,
) {
  const { schema, initial, paths, toInput, formRef } = options;
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverMessages, setServerMessages] = useState<FieldMessages>({});
  const [focusRequest, setFocusRequest] = useState(0);

  const input = toInput(values);
  const parsed = schema.safeParse(input);
  const clientMessages = parsed.success ? {} : fieldMessagesFromIssues(parsed.error.issues, input);

  // After a failed submit, the first invalid field takes the focus so keyboard users land on the problem.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest, formRef]);

  const messageFor = (path: string) => serverMessages[path] ?? (submitted ? clientMessages[path] : undefined);

  function setValue(name: keyof V & string, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    const path = paths[name];
    setServerMessages((current) => (current[path] ? { ...current, [path]: undefined } : current));
  }

  function error(name: keyof V & string): string | undefined {
    return formatFieldMessage(t, messageFor(paths[name]));
  }

  /** Props for a TextField or SelectField bound to one form field. */
  function field(name: keyof V & string) {
    return {
      id: paths[name].replaceAll('.', '-'),
      name,
      value: values[name],
      error: error(name),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
        setValue(name, event.target.value),
    };
  }

  /**
   * `now`: the schema and input to check when the button pressed changes them (a need saved as a
   * draft asks less than one published); the caller's next `schema` and `toInput` must follow suit,
   * so the errors shown afterwards are the ones this submit found.
   */
  function handleSubmit(onValid: (data: z.output<S>) => void, now?: { schema: S; input: z.input<S> }) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSubmitted(true);
      setServerMessages({});
      const result = now ? now.schema.safeParse(now.input) : parsed;
      if (!result.success) {
        setFocusRequest((n) => n + 1);
        return;
      }
      onValid(result.data);
    };
  }

  /** Puts a problem document's field errors next to their fields; true when there were any. */
  function showServerErrors(problem: unknown): boolean {
    if (!isApiError(problem)) return false;
    const messages = fieldMessagesFromProblem(problem);
    const known = Object.values(paths);
    if (!Object.keys(messages).some((path) => known.includes(path))) return false;
    setServerMessages(messages);
    setFocusRequest((n) => n + 1);
    return true;
  }

  const visibleErrors = Object.values(paths).some((path) => messageFor(path) !== undefined);

  return {
    values,
    field,
    setValue,
    error,
    handleSubmit,
    showServerErrors,
    hasErrors: submitted && visibleErrors,
  };
}
