import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../lib/auth';

/**
 * A guest goes to sign-in, which brings them back to the need afterwards (the `from` state that
 * lib/return-path.ts reads); a signed-in visitor goes to the need straight away.
 */
export function BidAction({ needId, title }: { needId: string; title: string }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const needPath = `/needs/${needId}`;
  // The title makes each link's name unique in the list (WCAG 2.4.4), for screen readers only.
  const about = <span className="visually-hidden">: {title}</span>;
  return session ? (
    <Link className="button button-primary button-small" to={needPath}>
      {t('publicSite.catalogue.openNeed')}
      {about}
    </Link>
  ) : (
    <Link className="button button-primary button-small" to="/sign-in" state={{ from: needPath }}>
      {t('publicSite.catalogue.signInToBid')}
      {about}
    </Link>
  );
}
