import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { ru } from '../../i18n/locales/ru';
import { useSession } from '../../lib/auth';

type NavItem = {
  to: string;
  label: `nav.${keyof typeof ru.nav}` | 'imports.nav' | 'review.nav' | 'lots.nav' | 'supportMeasures.nav';
  end?: boolean;
  /** Shown only to those who can use the page. */
  for?: (session: Session) => boolean;
};

const isAnalyst = ({ user, organization }: Session) => user.isAdmin || organization.kind === 'association';

/**
 * Sections of the app. Later issues add their entries here as the pages arrive:
 * needs (/needs), capabilities (/capabilities), bids (/bids), orders (/orders), analytics (/analytics);
 * their labels are already translated under `nav.*`.
 */
const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/needs', label: 'nav.needs' },
  { to: '/capabilities', label: 'nav.capabilities' },
  { to: '/imports', label: 'imports.nav' },
  {
    to: '/bids',
    label: 'nav.bids',
    for: (session) => isAnalyst(session) || session.organization.kind === 'enterprise',
  },
  { to: '/orders', label: 'nav.orders' },
  { to: '/review', label: 'review.nav', for: isAnalyst },
  { to: '/lots', label: 'lots.nav' },
  {
    to: '/analytics',
    label: 'nav.analytics',
    for: (session) => isAnalyst(session) || session.organization.kind === 'center',
  },
  { to: '/support-measures', label: 'supportMeasures.nav', for: (session) => session.user.isAdmin },
];

export function MainNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const items = NAV_ITEMS.filter((item) => !item.for || (session && item.for(session)));
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav-list">
          {items.map((item) => (
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
