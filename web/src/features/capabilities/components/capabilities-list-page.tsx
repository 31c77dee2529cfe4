import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { SearchFilters } from '../../../components/search-filters';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentSession } from '../../../lib/auth';
import { useCapabilityList } from '../api/capabilities-api';
import { okpd2Source } from '../../../lib/okpd2-api';
import {
  EMPTY_CAPABILITY_FILTERS,
  capabilityFilterSelects,
  capabilityFiltersFromParams,
  capabilityFiltersToParams,
  hasActiveCapabilityFilters,
  toCapabilityListQuery,
} from '../utils/capability-filters';
import { canPostCapabilities } from '../utils/capability-permissions';
import { CapabilitiesTable } from './capabilities-table';

export function CapabilitiesListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = capabilityFiltersFromParams(searchParams);
  const list = useCapabilityList(toCapabilityListQuery(filters, session.organization.id));
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
      <SearchFilters
        scope="capabilities"
        filters={filters}
        onChange={(next) => setSearchParams(capabilityFiltersToParams(next))}
        reset={EMPTY_CAPABILITY_FILTERS}
        active={filtered}
        okpd2Source={okpd2Source}
        selects={capabilityFilterSelects(t)}
        showMine={session.organization.kind === 'enterprise'}
      />
      <PagedList
        query={list}
        empty={
          filtered
            ? {
                heading: t('capabilities.empty.filteredHeading'),
                body: t('capabilities.empty.filteredBody'),
                actions: (
                  <Button variant="secondary" onClick={() => setSearchParams({})}>
                    {t('capabilities.filters.reset')}
                  </Button>
                ),
              }
            : {
                heading: t('capabilities.empty.heading'),
                body: canPost ? t('capabilities.empty.bodyManufacturer') : t('capabilities.empty.bodyViewer'),
                actions: postActions,
              }
        }
        shown={(count) => t('capabilities.shown', { count })}
        loadMoreLabel={t('capabilities.loadMore')}
        retryLabel={t('capabilities.retry')}
      >
        {(capabilities) => (
          <>
            <h2 className="visually-hidden">{t('capabilities.results')}</h2>
            <CapabilitiesTable capabilities={capabilities} />
          </>
        )}
      </PagedList>
    </div>
  );
}
