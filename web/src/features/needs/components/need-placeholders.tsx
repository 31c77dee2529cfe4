import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';

/**
 * Placeholders for the parts other issues build (matching and bids): the sections and their headings
 * exist, so the page reads complete, and each says what will appear there.
 */
export function MatchedSuppliersSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="need-matches-heading" data-section="need-matches">
      <h2 id="need-matches-heading">{t('needs.detail.matchesHeading')}</h2>
      <EmptyState heading={t('needs.detail.matchesEmpty')} level={3}>
        <p>{t('needs.detail.matchesBody')}</p>
      </EmptyState>
    </section>
  );
}

export function BidsSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="need-bids-heading" data-section="need-bids">
      <h2 id="need-bids-heading">{t('needs.detail.bidsHeading')}</h2>
      <EmptyState heading={t('needs.detail.bidsEmpty')} level={3}>
        <p>{t('needs.detail.bidsBody')}</p>
      </EmptyState>
    </section>
  );
}
