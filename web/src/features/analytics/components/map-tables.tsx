import type { Flow, RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatMoney } from '../../../components/ui/format';
import { formatShare } from '../utils/analytics-format';

type MapTablesProps = {
  regions: RegionAnalytics[];
  flows: Flow[];
  nameOfCode: (code: string) => string;
};

/** The map's figures as tables: the accessible alternative, and the way to read exact values. */
export function MapTables({ regions, flows, nameOfCode }: MapTablesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const withDemand = regions
    .filter((region) => region.needs > 0 || region.capabilities > 0 || region.ordersIn.count > 0)
    .sort((a, b) => b.openNeeds - a.openNeeds);
  const interregional = flows.filter((flow) => flow.interregional);
  return (
    <>
      <DataTable
        caption={t('analytics.map.regionsCaption')}
        captionHidden={false}
        rows={withDemand}
        rowKey={(region) => region.code}
        columns={[
          {
            key: 'region',
            header: t('analytics.map.region'),
            label: t('analytics.map.region'),
            cell: (region) => nameOfCode(region.code),
          },
          {
            key: 'open',
            header: t('analytics.map.openNeeds'),
            label: t('analytics.map.openNeeds'),
            cell: (region) => region.openNeeds,
            className: 'numeric',
          },
          {
            key: 'value',
            header: t('analytics.map.openValue'),
            label: t('analytics.map.openValue'),
            cell: (region) => formatMoney(region.openValue, language),
            className: 'numeric',
          },
          {
            key: 'capabilities',
            header: t('analytics.map.capabilities'),
            label: t('analytics.map.capabilities'),
            cell: (region) => region.capabilities,
            className: 'numeric',
          },
          {
            key: 'matched',
            header: t('analytics.map.matchedShare'),
            label: t('analytics.map.matchedShare'),
            cell: (region) =>
              region.matchedShare === null ? '—' : formatShare(region.matchedShare, language),
            className: 'numeric',
          },
        ]}
      />
      {interregional.length === 0 ? (
        <p className="muted">{t('analytics.map.noFlows')}</p>
      ) : (
        <DataTable
          caption={t('analytics.map.flowsCaption')}
          captionHidden={false}
          rows={interregional}
          rowKey={(flow) => `${flow.supplierRegionCode}-${flow.buyerRegionCode}`}
          columns={[
            {
              key: 'from',
              header: t('analytics.map.from'),
              label: t('analytics.map.from'),
              cell: (flow) => nameOfCode(flow.supplierRegionCode),
            },
            {
              key: 'to',
              header: t('analytics.map.to'),
              label: t('analytics.map.to'),
              cell: (flow) => nameOfCode(flow.buyerRegionCode),
            },
            {
              key: 'orders',
              header: t('analytics.map.orders'),
              label: t('analytics.map.orders'),
              cell: (flow) => flow.orders,
              className: 'numeric',
            },
            {
              key: 'value',
              header: t('analytics.map.value'),
              label: t('analytics.map.value'),
              cell: (flow) => formatMoney(flow.value, language),
              className: 'numeric',
            },
          ]}
        />
      )}
    </>
  );
}
