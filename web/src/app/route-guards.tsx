import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Spinner } from '../components/ui/spinner';
import { useSession } from '../lib/auth';
import { returnPath } from '../lib/return-path';

/** Pages for signed-in users; others go to sign-in and come back afterwards. */
export function ProtectedRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.data) return <Outlet />;
  if (session.isPending) return <Spinner label={t('app.loading')} />;
  if (session.isError) {
    return (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => void session.refetch()}>
            {t('sessionError.retry')}
          </Button>
        }
      >
        {t('sessionError.body')}
      </Alert>
    );
  }
  return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
}

/** Sign-in and registration: a signed-in user has nothing to do there. */
export function GuestRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.data) return <Navigate to={returnPath(location.state)} replace />;
  if (session.isPending) return <Spinner label={t('app.loading')} />;
  return <Outlet />;
}
