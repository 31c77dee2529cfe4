import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { ToastProvider } from '../../components/ui/toast';
import { ApiStatusBanner } from './api-status-banner';
import { AppHeader } from './app-header';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <ToastProvider>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppHeader />
        <ApiStatusBanner />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <div className="container">
            <Suspense fallback={<Spinner label={t('app.loading')} />}>
              <Outlet />
            </Suspense>
          </div>
        </main>
        <footer className="app-footer">
          <div className="container footer-inner">
            <span>{t('app.footer')}</span>
            <a href="/api/docs">{t('app.apiDocs')}</a>
          </div>
        </footer>
        <ScrollRestoration />
      </div>
    </ToastProvider>
  );
}
