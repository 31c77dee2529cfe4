import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The console's pages. */
export function ConsoleTabs() {
  const { t } = useTranslation();
  return (
    <nav className="console-tabs" aria-label={t('console.tabs')}>
      <NavLink to="/console" end>
        {t('console.queue.title')}
      </NavLink>
      <NavLink to="/console/search">{t('console.search.title')}</NavLink>
      <NavLink to="/console/residencies">{t('sites.queue.title')}</NavLink>
      <NavLink to="/console/sites">{t('sites.title')}</NavLink>
    </nav>
  );
}
