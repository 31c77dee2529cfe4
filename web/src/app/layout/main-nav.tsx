import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { ru } from '../../i18n/locales/ru';

type NavItem = { to: string; label: `nav.${keyof typeof ru.nav}`; end?: boolean };

/**
 * Sections of the app. Later issues add their entries here as the pages arrive:
 * needs (/needs), capabilities (/capabilities), bids (/bids), orders (/orders), analytics (/analytics);
 * their labels are already translated under `nav.*`.
 */
const NAV_ITEMS: NavItem[] = [{ to: '/', label: 'nav.dashboard', end: true }];

export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav-list">
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} className="main-nav-link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
