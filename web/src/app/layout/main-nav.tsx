import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../lib/auth';
import { navItemsFor } from './nav-items';

type MainNavProps = {
  id: string;
  /** On narrow screens the list shows only while the header's menu button has it open. */
  open: boolean;
  onNavigate: () => void;
};

export function MainNav({ id, open, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <nav id={id} className="main-nav" data-open={open} aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav-list">
          {navItemsFor(session).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} className="main-nav-link" onClick={onNavigate}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
