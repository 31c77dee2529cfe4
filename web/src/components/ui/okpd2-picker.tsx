import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { describedBy } from './field';
import { Okpd2Browser } from './okpd2-browser';
import { Okpd2Path } from './okpd2-path';
import { safePath, useOkpd2Names, useOkpd2Search, type Okpd2Source } from './okpd2-source';
import { Okpd2Suggestions } from './okpd2-suggestions';
import { useDebouncedValue } from './use-debounced-value';
import './okpd2.css';

type Okpd2PickerProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The chosen code, '' for none. */
  value: string;
  onChange: (code: string) => void;
  source: Okpd2Source;
  /** Forms show where the chosen code sits in the classifier; a filter stays compact. */
  showPath?: boolean;
  required?: boolean;
  /** The title typed in the form: codes for it are suggested while no code is chosen. */
  suggestFrom?: string;
};

const DEBOUNCE_MS = 250;

/**
 * An ARIA 1.2 combobox over the OKPD2 classifier: type a code prefix or Russian words, move with the
 * arrow keys, Enter picks, Escape closes the list (and a second Escape restores the chosen code).
 */
export function Okpd2Picker(props: Okpd2PickerProps) {
  const { id, label, hint, error, value, onChange, source, showPath = false, required, suggestFrom } = props;
  const { t } = useTranslation();
  const listId = useId();
  // null while the box shows the chosen code; a string while the user is typing a new search.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [browsing, setBrowsing] = useState(false);
  const query = useDebouncedValue((text ?? '').trim(), DEBOUNCE_MS);
  const search = useOkpd2Search(source, open ? query : '');
  const names = useOkpd2Names(source, safePath(value));
  const items = (search.data ?? []).filter((item) => item.level !== 'section');
  const expanded = open && query.length > 0;
  const waiting = expanded && (search.isFetching || query !== (text ?? '').trim());

  // The highlighted option stays in view while the arrow keys move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const chosenLabel = value ? `${value} ${names.get(value) ?? ''}`.trim() : '';
  const shown = text ?? chosenLabel;

  const pick = (code: string) => {
    onChange(code);
    setText(null);
    setOpen(false);
    setActive(-1);
    setBrowsing(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (items.length > 0) setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      if (!expanded) return;
      // An open list owns Enter: it picks the highlighted code instead of submitting the form.
      event.preventDefault();
      const item = items[active];
      if (item) pick(item.code);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        setActive(-1);
      } else if (text !== null) {
        event.preventDefault();
        setText(null);
      }
    }
  };

  const status = !expanded
    ? ''
    : waiting
      ? t('okpd2.searching')
      : search.isError
        ? problemMessage(t, search.error)
        : items.length === 0
          ? t('okpd2.noResults', { query })
          : t('okpd2.found', { count: items.length });
  const hintId = hint ? `${id}-hint` : undefined;
  const pathId = showPath && value ? `${id}-path` : undefined;

  return (
    <div className={error ? 'field field-invalid okpd2-picker' : 'field okpd2-picker'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div
        className="okpd2-combo"
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget)) return;
          setOpen(false);
          setText(null);
          setActive(-1);
        }}
      >
        <div className="input-row">
          <input
            id={id}
            className="input"
            role="combobox"
            type="text"
            autoComplete="off"
            spellCheck={false}
            required={required}
            value={shown}
            placeholder={t('okpd2.placeholder')}
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && items[active] ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={[describedBy(id, hint, error), pathId].filter(Boolean).join(' ') || undefined}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
              if (event.target.value.trim() === '' && value) onChange('');
            }}
            onKeyDown={onKeyDown}
          />
          {value ? (
            <button type="button" className="input-addon" onClick={() => pick('')}>
              {t('okpd2.clear')}
            </button>
          ) : null}
          <button
            type="button"
            className="input-addon"
            aria-expanded={browsing}
            onClick={() => setBrowsing((current) => !current)}
          >
            {browsing ? t('okpd2.hideBrowser') : t('okpd2.browse')}
          </button>
        </div>
        <ul
          id={listId}
          role="listbox"
          className="okpd2-options"
          aria-label={t('okpd2.listLabel')}
          hidden={!expanded || items.length === 0}
        >
          {items.map((item, index) => (
            <li
              key={item.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="okpd2-option"
              // Keeps the focus in the input, so the list does not close before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(item.code)}
            >
              <span className="mono okpd2-code">{item.code}</span>
              <span className="okpd2-option-name">{item.name}</span>
              <span className="okpd2-level">{t(`okpd2.levels.${item.level}`)}</span>
            </li>
          ))}
        </ul>
        <p className="visually-hidden" role="status">
          {status}
        </p>
        {expanded && (waiting || items.length === 0) ? (
          <p className="okpd2-status" aria-hidden="true">
            {status}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true" className="field-error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
      {showPath && value ? <Okpd2Path code={value} source={source} id={pathId} /> : null}
      {suggestFrom !== undefined && !value ? (
        <Okpd2Suggestions id={id} source={source} title={suggestFrom} onPick={pick} />
      ) : null}
      {browsing ? (
        <Okpd2Browser source={source} start={safePath(value).at(-2) ?? null} onPick={pick} />
      ) : null}
    </div>
  );
}
