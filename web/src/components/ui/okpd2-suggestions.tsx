import { useTranslation } from 'react-i18next';
import { type Okpd2Source, useOkpd2Suggestions } from './okpd2-source';
import { useDebouncedValue } from './use-debounced-value';

const DEBOUNCE_MS = 400;

type Okpd2SuggestionsProps = {
  id: string;
  source: Okpd2Source;
  /** The title typed in the form. */
  title: string;
  onPick: (code: string) => void;
};

/**
 * Codes for the title the user already typed, as buttons under the picker: those of needs with similar
 * titles (what others chose for the same thing) and the classifier's best name matches.
 */
export function Okpd2Suggestions({ id, source, title, onPick }: Okpd2SuggestionsProps) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(title, DEBOUNCE_MS);
  const suggestions = useOkpd2Suggestions(source, debounced);
  const items = suggestions.data ?? [];
  if (items.length === 0) return null;
  const headingId = `${id}-suggestions`;
  return (
    <div className="okpd2-suggestions" role="group" aria-labelledby={headingId}>
      <p className="okpd2-suggestions-heading" id={headingId}>
        {t('okpd2.suggested')}
      </p>
      <ul className="okpd2-suggestions-list">
        {items.map((item) => (
          <li key={item.code}>
            <button type="button" className="okpd2-suggestion" onClick={() => onPick(item.code)}>
              <span className="mono okpd2-code">{item.code}</span>
              <span className="okpd2-option-name">{item.name}</span>
              <span className="okpd2-suggestion-reason">{t(`okpd2.suggestedBecause.${item.reason}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
