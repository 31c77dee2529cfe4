import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type AuthLayoutProps = { title: string; heading: string; intro: string; wide?: boolean; children: ReactNode };

/** Sign-in and registration: the form in a card, beside a short explanation of what Zamena does. */
export function AuthLayout({ title, heading, intro, wide = false, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className={wide ? 'auth auth-wide' : 'auth'}>
      <title>{`${title} — ${t('app.name')}`}</title>
      <section className="auth-card" aria-labelledby="auth-heading">
        <h1 id="auth-heading" tabIndex={-1}>
          {heading}
        </h1>
        <p className="lead">{intro}</p>
        {children}
      </section>
      <aside className="auth-pitch" aria-label={t('app.tagline')}>
        <h2>{t('pitch.heading')}</h2>
        <ol className="pitch-steps">
          <li>{t('pitch.needs')}</li>
          <li>{t('pitch.matches')}</li>
          <li>{t('pitch.orders')}</li>
        </ol>
      </aside>
    </div>
  );
}
