import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { useCurrentSession } from '../../../lib/auth';
import { postingRefusal } from '../utils/need-permissions';
import { PostNeedLink } from './post-need-link';

type NeedsEmptyStateProps = { filtered: boolean; onReset: () => void };

/** Nothing matched the filters (widen them), or nothing was posted yet (post or import one). */
export function NeedsEmptyState({ filtered, onReset }: NeedsEmptyStateProps) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canPost = postingRefusal(session) === null;

  if (filtered) {
    return (
      <EmptyState
        heading={t('needs.empty.filteredHeading')}
        actions={
          <Button variant="secondary" onClick={onReset}>
            {t('needs.filters.reset')}
          </Button>
        }
      >
        <p>{t('needs.empty.filteredBody')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      heading={t('needs.empty.heading')}
      actions={
        canPost ? (
          <>
            <PostNeedLink />
            <Link className="button button-secondary" to="/imports?kind=needs">
              {t('needs.import')}
            </Link>
          </>
        ) : null
      }
    >
      <p>{canPost ? t('needs.empty.bodyPoster') : t('needs.empty.bodyViewer')}</p>
    </EmptyState>
  );
}
