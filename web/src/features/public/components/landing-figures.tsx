import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../../components/ui/skeleton';
import { useCatalogueStats } from '../api/catalogue-api';

const FIGURES = ['openNeeds', 'regionsWithOpenNeeds', 'interregionalOrders'] as const;

/** The exchange's live figures (GET /catalogue/stats); a failure leaves the rest of the page usable. */
export function LandingFigures() {
  const { t, i18n } = useTranslation();
  const stats = useCatalogueStats();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'ru');

  return (
    <section className="landing-section" aria-labelledby="landing-figures">
      <h2 id="landing-figures">{t('publicSite.figures.heading')}</h2>
      {stats.isPending ? <Skeleton lines={2} label={t('publicSite.figures.loading')} /> : null}
      {stats.isError ? <p className="muted">{t('publicSite.figures.unavailable')}</p> : null}
      {stats.data ? (
        <dl className="landing-figures">
          {FIGURES.map((figure) => (
            <div key={figure} className="card landing-figure">
              <dt>{t(`publicSite.figures.${figure}`)}</dt>
              <dd>{number.format(stats.data[figure])}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
