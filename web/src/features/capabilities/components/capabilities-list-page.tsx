import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useCapabilityList } from '../api/capabilities-api';
import {
  capabilityFiltersFromParams,
  capabilityFiltersToParams,
  hasActiveCapabilityFilters,
  toCapabilityListQuery,
} from '../utils/capability-filters';
import { canPostCapabilities } from '../utils/capability-permissions';
import { CapabilitiesFilters } from './capabilities-filters';
import { CapabilitiesTable } from './capabilities-table';

export function CapabilitiesListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = capabilityFiltersFromParams(searchParams);
  const list = useCapabilityList(toCapabilityListQuery(filters, session.organization.id));
  const capabilities = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canPost = canPostCapabilities(session);
  const filtered = hasActiveCapabilityFilters(filters);

  const postActions = canPost ? (
    <>
      <Link className="button button-primary" to="/capabilities/new">
        {t('capabilities.post')}
      </Link>
      <Link className="button button-secondary" to="/imports?kind=capabilities">
        {t('capabilities.import')}
      </Link>
    </>
  ) : null;

  return (
    <div className="page">
      <title>{`${t('capabilities.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('capabilities.title')} lead={t('capabilities.lead')} actions={postActions} />
      <CapabilitiesFilters
        filters={filters}
        onChange={(next) => setSearchParams(capabilityFiltersToParams(next))}
        showMine={session.organization.kind === 'enterprise'}
      />
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('capabilities.retry')}
            </Button>
          }
        >
          {problemMessage(t, list.error)}
        </Alert>
      ) : null}
      {list.isSuccess && capabilities.length === 0 ? (
        filtered ? (
          <EmptyState
            heading={t('capabilities.empty.filteredHeading')}
            actions={
              <Button variant="secondary" onClick={() => setSearchParams({})}>
                {t('capabilities.filters.reset')}
              </Button>
            }
          >
            <p>{t('capabilities.empty.filteredBody')}</p>
          </EmptyState>
        ) : (
          <EmptyState heading={t('capabilities.empty.heading')} actions={postActions}>
            <p>{canPost ? t('capabilities.empty.bodyManufacturer') : t('capabilities.empty.bodyViewer')}</p>
          </EmptyState>
        )
      ) : null}
      {capabilities.length > 0 ? (
        <>
          <h2 className="visually-hidden">{t('capabilities.results')}</h2>
          <CapabilitiesTable capabilities={capabilities} />
          <LoadMore
            status={t('capabilities.shown', { count: capabilities.length })}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            label={t('capabilities.loadMore')}
            loadingLabel={t('app.loading')}
          />
        </>
      ) : null}
    </div>
  );
}
