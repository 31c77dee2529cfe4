import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useSession } from '../../lib/auth';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function AppHeader() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <header className="app-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitcher />
          {session ? <NotificationBell /> : null}
          {session ? <UserMenu session={session} /> : null}
        </div>
      </div>
      {session ? <MainNav /> : null}
    </header>
  );
}
