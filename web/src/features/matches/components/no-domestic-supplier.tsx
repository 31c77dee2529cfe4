import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Matching looked at the open need and no manufacturer on the exchange makes it: a gap, said plainly,
 * with what follows from it (the analysts count it; matching keeps watching new capabilities).
 */
export function NoDomesticSupplier({ withPossible }: { withPossible: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="match-gap" aria-labelledby={headingId} data-state="no-domestic-supplier">
      <span className="match-gap-icon" aria-hidden="true">
        !
      </span>
      <div className="match-gap-text">
        <h3 id={headingId}>{t('matches.forNeed.noSupplierHeading')}</h3>
        <p>{t('matches.forNeed.noSupplierBody')}</p>
        <p>{t('matches.forNeed.noSupplierCounted')}</p>
        <p className="muted">
          {withPossible ? `${t('matches.forNeed.noSupplierPossible')} ` : null}
          {t('matches.forNeed.noSupplierWatch')}
        </p>
      </div>
    </section>
  );
}
