import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page message-page">
      <title>{`${t('notFound.title')} — ${t('app.name')}`}</title>
      <p className="message-code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <Link className="button button-primary" to="/">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
