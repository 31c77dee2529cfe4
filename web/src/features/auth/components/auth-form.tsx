import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';

type AuthFormProps = {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The request the form sends: its failure is told above the fields, its wait on the button. */
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  /** False where the failure is already told elsewhere (next to a field), so it is not said twice. */
  showProblem?: boolean;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
};

/**
 * The form of the sign-in, registration and password pages: validated by the page (noValidate), with
 * what the server refused above the fields and a full-width submit button that says when it is waiting.
 */
export function AuthForm({
  formRef,
  onSubmit,
  mutation,
  showProblem = true,
  submitLabel,
  pendingLabel,
  children,
}: AuthFormProps) {
  const { t } = useTranslation();
  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {mutation.isError && showProblem ? (
        <Alert tone="error">{problemMessage(t, mutation.error)}</Alert>
      ) : null}
      {children}
      <Button type="submit" className="button-block" busy={mutation.isPending}>
        {mutation.isPending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
