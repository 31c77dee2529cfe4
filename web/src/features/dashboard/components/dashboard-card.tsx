import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/ui/skeleton';

type DashboardCardProps = {
  title: string;
  /** The headline figure; undefined while loading. */
  figure?: ReactNode;
  loading: boolean;
  failed: boolean;
  /** Shown when the card has nothing: what to do next. */
  empty?: ReactNode;
  link?: { to: string; label: string };
  children?: ReactNode;
};

/** One small card of the dashboard: a figure, a short list, and where to go for more. */
export function DashboardCard({ title, figure, loading, failed, empty, link, children }: DashboardCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  let body: ReactNode;
  if (loading) body = <Skeleton label={t('app.loading')} />;
  else if (failed) body = <p className="muted">{t('dashboard.loadFailed')}</p>;
  else
    body = (
      <>
        {figure !== undefined ? <p className="dashboard-figure">{figure}</p> : null}
        {empty ?? children}
      </>
    );
  return (
    <section className="card dashboard-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="dashboard-card-title">
        {title}
      </h2>
      {body}
      {link ? (
        <Link className="dashboard-card-link" to={link.to}>
          {link.label}
        </Link>
      ) : null}
    </section>
  );
}
