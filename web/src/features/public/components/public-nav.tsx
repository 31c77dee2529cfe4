import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../../../lib/auth';

/**
 * The public pages' own links: the app header shows guests no menu, so the landing page and the
 * catalogue say where to go from here. Signed-in visitors get their overview instead of sign-in.
 */
export function PublicNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <nav className="public-nav" aria-label={t('publicSite.nav.label')}>
      <div className="public-nav-links">
        <NavLink to="/" end>
          {session ? t('publicSite.nav.dashboard') : t('publicSite.nav.home')}
        </NavLink>
        <NavLink to="/catalogue">{t('publicSite.nav.catalogue')}</NavLink>
      </div>
      {session ? null : (
        <div className="public-nav-actions">
          <Link className="button button-secondary button-small" to="/sign-in">
            {t('publicSite.nav.signIn')}
          </Link>
          <Link className="button button-primary button-small" to="/register">
            {t('publicSite.nav.register')}
          </Link>
        </div>
      )}
    </nav>
  );
}
