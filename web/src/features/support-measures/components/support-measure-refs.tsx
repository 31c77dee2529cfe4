import type { SupportMeasureRef } from '@zamena/shared/support-measures/support-measures.schemas';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../components/ui/format';
import '../support-measures.css';

type SupportMeasureRefsProps = { measures: SupportMeasureRef[]; headingLevel?: 2 | 3 };

/** Support measures that apply to a lot, niche or need: the name, who runs it, how much, where to read on. */
export function SupportMeasureRefs({ measures, headingLevel = 2 }: SupportMeasureRefsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className="support-measures"
      aria-labelledby="support-measures-heading"
      data-section="support-measures"
    >
      <Heading id="support-measures-heading">{t('supportMeasures.applicableHeading')}</Heading>
      {measures.length === 0 ? (
        <p className="muted">{t('supportMeasures.applicableEmpty')}</p>
      ) : (
        <ul className="support-measure-list">
          {measures.map((measure) => (
            <li key={measure.id} className="card support-measure-card">
              <strong>{measure.name}</strong>
              <span className="muted">{t('supportMeasures.operator', { name: measure.operator })}</span>
              {measure.maxAmount ? (
                <span>
                  {t('supportMeasures.maxAmount', { value: formatMoney(measure.maxAmount, language) })}
                </span>
              ) : null}
              {measure.url ? (
                <a href={measure.url} target="_blank" rel="noreferrer">
                  {t('supportMeasures.more', { name: measure.name })}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
