import { useTranslation } from 'react-i18next';
import { safePath, useOkpd2Names, type Okpd2Source } from './okpd2-source';
import './okpd2.css';

type Okpd2PathProps = {
  code: string;
  source: Okpd2Source;
  id?: string;
  /** One line: ancestors by code (their names for screen readers and on hover), the code with its name. */
  compact?: boolean;
};

/** Where a code sits in the classifier: `C → 28 → 28.1 → 28.15 → …`, each step with its name. */
export function Okpd2Path({ code, source, id, compact = false }: Okpd2PathProps) {
  const { t } = useTranslation();
  const path = safePath(code);
  const names = useOkpd2Names(source, path);
  if (path.length === 0) return null;
  return (
    <ol
      className={compact ? 'okpd2-path okpd2-path-compact' : 'okpd2-path'}
      id={id}
      aria-label={t('okpd2.path')}
    >
      {path.map((step) => {
        const last = step === code;
        const name = names.get(step) ?? '';
        return (
          <li key={step} aria-current={last ? 'true' : undefined} title={compact && !last ? name : undefined}>
            <span className="mono okpd2-path-code">{step}</span>{' '}
            <span className={compact && !last ? 'visually-hidden' : 'okpd2-path-name'}>{name}</span>
          </li>
        );
      })}
    </ol>
  );
}
