import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';

/** Placeholder for the matching issue: the section exists and says what will appear in it. */
export function FittingNeedsSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="capability-fits-heading" data-section="capability-fits">
      <h2 id="capability-fits-heading">{t('capabilities.detail.fitsHeading')}</h2>
      <EmptyState heading={t('capabilities.detail.fitsEmpty')} level={3}>
        <p>{t('capabilities.detail.fitsBody')}</p>
      </EmptyState>
    </section>
  );
}
