import type { SupportMeasureRef } from '@zamena/shared/support-measures/support-measures.schemas';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatMoney } from '../../../components/ui/format';
import { StatusBadge } from '../../../components/ui/status-badge';

/** Support measures whose OKPD2 and region scope fit the lot. */
export function CaseMeasures({ measures }: { measures: SupportMeasureRef[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <section className="case-section" aria-labelledby="case-measures-heading">
      <h2 id="case-measures-heading">{t('investmentCase.measuresHeading')}</h2>
      {measures.length === 0 ? (
        <EmptyState heading={t('investmentCase.measuresEmpty')} />
      ) : (
        <ul className="case-list">
          {measures.map((measure) => (
            <li key={measure.id} className="card">
              <p>
                <StatusBadge tone="info">{t(`supportMeasures.types.${measure.type}`)}</StatusBadge>{' '}
                {measure.url ? (
                  <a href={measure.url} target="_blank" rel="noreferrer">
                    {measure.name}
                  </a>
                ) : (
                  measure.name
                )}
              </p>
              <p className="muted">
                {measure.operator}
                {measure.maxAmount
                  ? ` · ${t('supportMeasures.maxAmount', { value: formatMoney(measure.maxAmount, language) })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
