import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LandingFigures } from './landing-figures';
import { PublicNav } from './public-nav';
import './public.css';

const AUDIENCES = ['centres', 'manufacturers', 'analysts'] as const;
const STEPS = ['post', 'match', 'order'] as const;

/** `/` for guests: what the exchange is, for whom, its live figures, and the ways in. */
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <div className="page public-page">
      <title>{`${t('app.name')} — ${t('app.tagline')}`}</title>
      <PublicNav />
      <section className="landing-hero" aria-labelledby="landing-heading">
        <p className="eyebrow">{t('publicSite.landing.eyebrow')}</p>
        <h1 id="landing-heading" tabIndex={-1}>
          {t('publicSite.landing.heading')}
        </h1>
        <p className="lead">{t('publicSite.landing.lead')}</p>
        <div className="landing-actions">
          <Link className="button button-primary" to="/catalogue">
            {t('publicSite.landing.browse')}
          </Link>
          <Link className="button button-secondary" to="/register">
            {t('publicSite.landing.register')}
          </Link>
          <Link className="button button-ghost" to="/sign-in">
            {t('publicSite.landing.signIn')}
          </Link>
        </div>
      </section>
      <LandingFigures />
      <section className="landing-section" aria-labelledby="landing-audiences">
        <h2 id="landing-audiences">{t('publicSite.audiences.heading')}</h2>
        <ul className="landing-cards">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="card">
              <h3>{t(`publicSite.audiences.${audience}.title`)}</h3>
              <p>{t(`publicSite.audiences.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="landing-section" aria-labelledby="landing-steps">
        <h2 id="landing-steps">{t('publicSite.steps.heading')}</h2>
        <ol className="landing-steps">
          {STEPS.map((step) => (
            <li key={step}>{t(`publicSite.steps.${step}`)}</li>
          ))}
        </ol>
        <p>
          <Link to="/catalogue">{t('publicSite.steps.catalogueLink')}</Link>
        </p>
      </section>
    </div>
  );
}
