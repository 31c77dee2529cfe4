import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, Field } from './field';
import './ui.css';

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

export function TextareaField({
  id,
  label,
  hint,
  error,
  className,
  rows = 4,
  ...textarea
}: TextareaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className={['input', 'textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}
