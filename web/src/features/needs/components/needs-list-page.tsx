import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedList, type PagedListEmpty } from '../../../components/paged-list';
import { SearchFilters } from '../../../components/search-filters';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentSession } from '../../../lib/auth';
import { useNeedList } from '../api/needs-api';
import { okpd2Source } from '../../../lib/okpd2-api';
import {
  EMPTY_NEED_FILTERS,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  needFilterFields,
  toListQuery,
} from '../utils/need-filters';
import { postingRefusal } from '../utils/need-permissions';
import { ExportButtons } from './export-buttons';
import { NeedsTable } from './needs-table';
import { PostNeedLink } from './post-need-link';

export function NeedsListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromParams(searchParams);
  const params = toListQuery(filters, {
    organizationId: session.organization.id,
    kind: session.organization.kind,
  });
  const list = useNeedList(params);
  const refusal = postingRefusal(session);
  const filtered = hasActiveFilters(filters);

  const postActions = refusal ? null : (
    <>
      <PostNeedLink />
      <Link className="button button-secondary" to="/imports?kind=needs">
        {t('needs.import')}
      </Link>
    </>
  );
  // Nothing matched the filters (widen them), or nothing was posted yet (post or import one).
  const empty: PagedListEmpty = filtered
    ? {
        heading: t('needs.empty.filteredHeading'),
        body: t('needs.empty.filteredBody'),
        actions: (
          <Button variant="secondary" onClick={() => setSearchParams({})}>
            {t('needs.filters.reset')}
          </Button>
        ),
      }
    : {
        heading: t('needs.empty.heading'),
        body: refusal ? t('needs.empty.bodyViewer') : t('needs.empty.bodyPoster'),
        actions: postActions,
      };

  return (
    <div className="page">
      <title>{`${t('needs.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('needs.title')} lead={t('needs.lead')} actions={postActions} />
      {refusal === 'centerNotVerified' ? <Alert tone="info">{t('needs.centerNotVerified')}</Alert> : null}
      <SearchFilters
        scope="needs"
        filters={filters}
        onChange={(next) => setSearchParams(filtersToParams(next))}
        reset={EMPTY_NEED_FILTERS}
        active={filtered}
        okpd2Source={okpd2Source}
        {...needFilterFields(t, filters)}
        showMine={session.organization.kind !== 'association'}
      />
      {filters.q || filters.okpd2 || filters.region || filters.district ? (
        // A saved search is a subscription: its form opens with these filters (features/subscriptions).
        <p>
          <Link
            className="button button-secondary"
            to={`/subscriptions?${new URLSearchParams({ follow: '1', q: filters.q, okpd2: filters.okpd2, region: filters.region, district: filters.district })}`}
          >
            {t('subscriptions.follow')}
          </Link>
        </p>
      ) : null}
      <PagedList
        query={list}
        empty={empty}
        shown={(count) => t('needs.shown', { count })}
        loadMoreLabel={t('needs.loadMore')}
        retryLabel={t('needs.retry')}
      >
        {(needs) => (
          <>
            <div className="toolbar">
              <h2 className="visually-hidden">{t('needs.results')}</h2>
              <p className="muted">{t('needs.exportHint')}</p>
              <ExportButtons params={params} />
            </div>
            <NeedsTable needs={needs} />
          </>
        )}
      </PagedList>
    </div>
  );
}
