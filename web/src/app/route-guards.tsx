import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Spinner } from '../components/ui/spinner';
import { useSession } from '../lib/auth';
import { returnPath } from '../lib/return-path';

/** The session could not be restored (the API unreachable): say so, with a retry. */
function SessionError({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="error"
      action={
        <Button variant="secondary" onClick={retry}>
          {t('sessionError.retry')}
        </Button>
      }
    >
      {t('sessionError.body')}
    </Alert>
  );
}

/** Pages for signed-in users; others go to sign-in and come back afterwards. */
export function ProtectedRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.data) return <Outlet />;
  if (session.isPending) return <Spinner label={t('app.loading')} />;
  if (session.isError) return <SessionError retry={() => void session.refetch()} />;
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

/** One address, two pages: `/` is the dashboard for signed-in users and the landing page for guests. */
export function SignedInOrGuest({ signedIn, guest }: { signedIn: ReactNode; guest: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.data) return signedIn;
  if (session.isPending) return <Spinner label={t('app.loading')} />;
  if (session.isError) return <SessionError retry={() => void session.refetch()} />;
  return guest;
}
