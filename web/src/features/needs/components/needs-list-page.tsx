import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useNeedList } from '../api/needs-api';
import {
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  toListQuery,
  type NeedFilters,
} from '../utils/need-filters';
import { postingRefusal } from '../utils/need-permissions';
import { ExportButtons } from './export-buttons';
import { NeedsEmptyState } from './needs-empty-state';
import { NeedsFilters } from './needs-filters';
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
  const needs = list.data?.pages.flatMap((page) => page.items) ?? [];
  const refusal = postingRefusal(session);

  const apply = (next: NeedFilters) => setSearchParams(filtersToParams(next));

  return (
    <div className="page">
      <title>{`${t('needs.title')} — ${t('app.name')}`}</title>
      <PageHeader
        title={t('needs.title')}
        lead={t('needs.lead')}
        actions={
          refusal ? null : (
            <>
              <PostNeedLink />
              <Link className="button button-secondary" to="/imports?kind=needs">
                {t('needs.import')}
              </Link>
            </>
          )
        }
      />
      {refusal === 'centerNotVerified' ? <Alert tone="info">{t('needs.centerNotVerified')}</Alert> : null}
      <NeedsFilters
        filters={filters}
        onChange={apply}
        showMine={session.organization.kind !== 'association'}
      />

      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('needs.retry')}
            </Button>
          }
        >
          {problemMessage(t, list.error)}
        </Alert>
      ) : null}
      {list.isSuccess && needs.length === 0 ? (
        <NeedsEmptyState filtered={hasActiveFilters(filters)} onReset={() => setSearchParams({})} />
      ) : null}
      {needs.length > 0 ? (
        <>
          <div className="toolbar">
            <h2 className="visually-hidden">{t('needs.results')}</h2>
            <p className="muted">{t('needs.exportHint')}</p>
            <ExportButtons params={params} />
          </div>
          <NeedsTable needs={needs} />
          <LoadMore
            status={t('needs.shown', { count: needs.length })}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            label={t('needs.loadMore')}
            loadingLabel={t('app.loading')}
          />
        </>
      ) : null}
    </div>
  );
}
