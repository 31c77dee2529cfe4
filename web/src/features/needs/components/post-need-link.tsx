import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentSession } from '../../../lib/auth';
import { postingRefusal } from '../utils/need-permissions';

/** "Post a need" for those allowed to; nothing for others (the list page says why, where it matters). */
export function PostNeedLink({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  if (postingRefusal(session)) return null;
  return (
    <Link className={`button button-${variant}`} to="/needs/new">
      {t('needs.post')}
    </Link>
  );
}
