import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../components/ui/button';

/** What a page shows when it throws, or when its chunk cannot be loaded (e.g. after a new release). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page message-page" role="alert">
      <title>{`${t('routeError.title')} — ${t('app.name')}`}</title>
      <h1>{t('routeError.title')}</h1>
      <p className="lead">{t('routeError.body')}</p>
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </div>
  );
}
