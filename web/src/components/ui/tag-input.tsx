import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { describedBy, Field } from './field';
import './ui.css';

type TagInputProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  values: string[];
  onChange: (values: string[]) => void;
  addLabel: string;
  removeLabel: (value: string) => string;
  maxLength?: number;
  placeholder?: string;
};

/**
 * Free-text tags (e.g. foreign analogues): Enter or the Add button adds what was typed, Backspace in an
 * empty box removes the last tag, each tag has its own remove button.
 */
export function TagInput(props: TagInputProps) {
  const { id, label, hint, error, values, onChange, addLabel, removeLabel, maxLength, placeholder } = props;
  const [draft, setDraft] = useState('');

  const add = () => {
    const value = draft.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds a tag instead of submitting the surrounding form.
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {values.length > 0 ? (
        <ul className="tags">
          {values.map((value) => (
            <li key={value} className="tag">
              <span className="tag-text">{value}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={removeLabel(value)}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="input-row">
        <input
          id={id}
          className="input"
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        <button type="button" className="input-addon" onClick={add}>
          {addLabel}
        </button>
      </div>
    </Field>
  );
}
