import type { Session } from '@zamena/shared/auth/auth.schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '../../lib/auth';
import { navItemsFor } from './nav-items';
import { useDisclosure } from './use-disclosure';

function initials(fullName: string): string {
  const letters = fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}

/**
 * A disclosure: the button opens a panel with who is signed in, their own pages and the sign-out
 * action; Esc closes it.
 */
export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { open, toggle, close, rootRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const panelId = useId();
  const { user, organization } = session;

  const handleSignOut = () => {
    signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
  };

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.fullName)}
        </span>
        <span className="user-menu-name">{user.fullName}</span>
        <span className="visually-hidden">{t('userMenu.open')}</span>
        <svg
          className="chevron"
          viewBox="0 0 12 12"
          width="12"
          height="12"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-caption">{t('userMenu.signedInAs')}</p>
        <p className="user-menu-user">{user.fullName}</p>
        <p className="user-menu-detail">{user.email}</p>
        <p className="user-menu-detail">{organization.name}</p>
        <ul className="user-menu-links">
          {navItemsFor(session, 'user-menu').map((item) => (
            <li key={item.to}>
              <Link to={item.to} onClick={close}>
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-secondary button-block" onClick={handleSignOut}>
          {signOut.isPending ? t('userMenu.signingOut') : t('userMenu.signOut')}
        </button>
      </div>
    </div>
  );
}
