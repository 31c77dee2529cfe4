import type { InputHTMLAttributes, ReactNode } from 'react';
import './ui.css';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
};

/** A checkbox whose whole label is the click target, with an optional hint read after it. */
export function CheckboxField({ id, label, hint, className, ...input }: CheckboxFieldProps) {
  return (
    <div className={['checkbox-field', className].filter(Boolean).join(' ')}>
      <input {...input} id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} />
      <span className="checkbox-text">
        <label htmlFor={id} className="checkbox-label">
          {label}
        </label>
        {hint ? (
          <span className="field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}
