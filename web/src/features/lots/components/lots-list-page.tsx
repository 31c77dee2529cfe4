import { LOT_STATUSES, type LotStatus } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { PageHeader } from '../../../components/ui/page-header';
import { RegionSelect } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { useCurrentSession } from '../../../lib/auth';
import { regionName, useRegions } from '../../../lib/regions';
import { useLots } from '../api/lots-api';
import { LotRebuild } from './lot-rebuild';
import { LotsTable } from './lots-table';
import '../lots.css';

/** Pooled demand, largest value first; analysts also see drafts and rebuild the lots. */
export function LotsListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { user, organization } = useCurrentSession();
  const analyst = user.isAdmin || organization.kind === 'association';
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const status = LOT_STATUSES.find((value: LotStatus) => value === params.get('status'));
  const region = params.get('region') ?? '';
  const list = useLots({ status, region: region || undefined });
  const nameOfCode = (code: string) => {
    const found = regions.data?.find((item) => item.code === code);
    return found ? regionName(found, language) : code;
  };
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <div className="page">
      <title>{`${t('lots.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('lots.title')} lead={t('lots.lead')} actions={analyst ? <LotRebuild /> : null} />
      <div className="filters">
        <div className="filters-grid">
          <SelectField
            id="lots-status"
            label={t('lots.status')}
            value={status ?? ''}
            onChange={(event) => update('status', event.target.value)}
          >
            <option value="">{t('lots.anyStatus')}</option>
            {LOT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`lots.statuses.${value}`)}
              </option>
            ))}
          </SelectField>
          <RegionSelect
            id="lots-region"
            label={t('lots.regions')}
            placeholder={t('analytics.wholeCountry')}
            value={region}
            onChange={(event) => update('region', event.target.value)}
          />
        </div>
      </div>
      <PagedList
        query={list}
        empty={{
          heading: t('lots.emptyHeading'),
          body: analyst ? [t('lots.emptyBody'), t('lots.emptyAnalyst')] : t('lots.emptyBody'),
        }}
        shown={(n) => t('lots.shown', { n })}
        loadMoreLabel={t('lots.loadMore')}
        retryLabel={t('lots.retry')}
      >
        {(lots) => <LotsTable lots={lots} nameOfCode={nameOfCode} />}
      </PagedList>
    </div>
  );
}
