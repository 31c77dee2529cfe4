import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useSession } from '../../lib/auth';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MainNav } from './main-nav';
import { MenuButton } from './menu-button';
import { useDisclosure } from './use-disclosure';
import { UserMenu } from './user-menu';

export function AppHeader() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const { open, toggle, close, rootRef, buttonRef } = useDisclosure<HTMLElement>();
  const navId = useId();
  const { pathname } = useLocation();

  // A new page is a new screen: the phone menu must not stay open over it.
  useEffect(() => close(), [pathname, close]);

  return (
    <header className="app-header" ref={rootRef}>
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
          {session ? <MenuButton open={open} controls={navId} onToggle={toggle} ref={buttonRef} /> : null}
        </div>
      </div>
      {session ? <MainNav id={navId} open={open} onNavigate={close} /> : null}
    </header>
  );
}
