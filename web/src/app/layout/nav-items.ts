import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { ru } from '../../i18n/locales/ru';

type NavItem = {
  to: string;
  label:
    | `nav.${keyof typeof ru.nav}`
    | 'imports.nav'
    | 'review.nav'
    | 'lots.nav'
    | 'subscriptions.nav'
    | 'supportMeasures.nav'
    | 'console.nav'
    | 'settings.nav'
    | 'account.nav';
  end?: boolean;
  /** Shown only to those who can use the page. */
  for?: (session: Session) => boolean;
  /** Pages about the signed-in person and their organization live in the user menu, not the main row. */
  place?: 'user-menu';
};

const isAnalyst = ({ user, organization }: Session) => user.isAdmin || organization.kind === 'association';

/** Sections of the app, in menu order. */
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
  { to: '/subscriptions', label: 'subscriptions.nav' },
  {
    to: '/analytics',
    label: 'nav.analytics',
    for: (session) => isAnalyst(session) || session.organization.kind === 'center',
  },
  { to: '/support-measures', label: 'supportMeasures.nav', for: (session) => session.user.isAdmin },
  { to: '/console', label: 'console.nav', for: isAnalyst },
  {
    to: '/settings/organization',
    label: 'settings.nav',
    for: (session) => session.user.role === 'owner',
    place: 'user-menu',
  },
  { to: '/account', label: 'account.nav', place: 'user-menu' },
];

/** The sections a session may open in one place, in menu order. */
export const navItemsFor = (session: Session | null | undefined, place: 'main' | 'user-menu' = 'main') =>
  NAV_ITEMS.filter(
    (item) => (item.place ?? 'main') === place && (!item.for || (session && item.for(session))),
  );
