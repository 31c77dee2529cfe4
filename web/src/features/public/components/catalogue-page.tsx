import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList, type PagedListEmpty } from '../../../components/paged-list';
import { SearchFilters } from '../../../components/search-filters';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { publicOkpd2Source, useCatalogueNeeds } from '../api/catalogue-api';
import {
  catalogueChecks,
  EMPTY_CATALOGUE_FILTERS,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  toCatalogueParams,
} from '../utils/catalogue-filters';
import { CatalogueCard } from './catalogue-card';
import { PublicNav } from './public-nav';
import './public.css';

/** `/catalogue`: open needs for anyone, searched like the needs list, each with the way to bid. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromParams(searchParams);
  const list = useCatalogueNeeds(toCatalogueParams(filters));
  const filtered = hasActiveFilters(filters);

  const empty: PagedListEmpty = filtered
    ? {
        heading: t('publicSite.catalogue.emptyFilteredHeading'),
        body: t('publicSite.catalogue.emptyFilteredBody'),
        actions: (
          <Button variant="secondary" onClick={() => setSearchParams({})}>
            {t('needs.filters.reset')}
          </Button>
        ),
      }
    : { heading: t('publicSite.catalogue.emptyHeading'), body: t('publicSite.catalogue.emptyBody') };

  return (
    <div className="page public-page">
      <title>{`${t('publicSite.catalogue.title')} — ${t('app.name')}`}</title>
      <PublicNav />
      <PageHeader title={t('publicSite.catalogue.title')} lead={t('publicSite.catalogue.lead')} />
      <SearchFilters
        scope="needs"
        filters={filters}
        onChange={(next) => setSearchParams(filtersToParams(next))}
        reset={EMPTY_CATALOGUE_FILTERS}
        active={filtered}
        okpd2Source={publicOkpd2Source}
        checks={catalogueChecks(t('needs.filters.critical'))}
        showMine={false}
      />
      <PagedList
        query={list}
        empty={empty}
        shown={(count) => t('publicSite.catalogue.shown', { count })}
        loadMoreLabel={t('publicSite.catalogue.loadMore')}
        retryLabel={t('publicSite.catalogue.retry')}
      >
        {(needs) => (
          <section aria-labelledby="catalogue-results">
            <h2 id="catalogue-results" className="visually-hidden">
              {t('publicSite.catalogue.results')}
            </h2>
            <ul className="catalogue-list">
              {needs.map((need) => (
                <li key={need.id}>
                  <CatalogueCard need={need} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </PagedList>
    </div>
  );
}
