import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../components/ui/button';
import { isApiError, RATE_LIMITED } from '../lib/api-client';

/** What a page shows when it throws, or when its chunk cannot be loaded (e.g. after a new release). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // A page that gives up on "too many requests" says so, not "something went wrong".
  const rateLimited = isApiError(error, RATE_LIMITED);
  useEffect(() => {
    console.error(error);
  }, [error]);
  const title = rateLimited ? t('apiStatus.rateLimitedTitle') : t('routeError.title');
  return (
    <div className="page message-page" role="alert">
      <title>{`${title} — ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <p className="lead">{rateLimited ? t('problems.rate_limited') : t('routeError.body')}</p>
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </div>
  );
}
