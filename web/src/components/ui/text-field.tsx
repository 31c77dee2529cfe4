import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, Field } from './field';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Rendered inside the input's row, e.g. a show-password toggle. */
  addon?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ id, label, hint, error, addon, className, ...input }: TextFieldProps) {
  const control = (
    <input
      {...input}
      id={id}
      className={['input', className].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
    />
  );
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {addon ? (
        <div className="input-row">
          {control}
          {addon}
        </div>
      ) : (
        control
      )}
    </Field>
  );
}
