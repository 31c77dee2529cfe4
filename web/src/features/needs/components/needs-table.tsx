import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { CriticalMark, NeedStatusBadge } from './need-status-badge';

export function NeedsTable({ needs }: { needs: Need[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();

  const columns: Column<Need>[] = [
    {
      key: 'title',
      header: t('needs.columns.title'),
      label: t('needs.columns.title'),
      className: 'cell-title',
      cell: (need) => (
        <>
          <Link to={`/needs/${need.id}`}>{need.title}</Link>
          {need.critical ? (
            <>
              {' '}
              <CriticalMark />
            </>
          ) : null}
          <span className="cell-sub">
            {need.buyer.name}
            {need.replaces ? ` · ${t('needs.replacesShort', { value: need.replaces })}` : ''}
          </span>
        </>
      ),
    },
    {
      key: 'okpd2',
      header: t('needs.columns.okpd2'),
      label: t('needs.columns.okpd2'),
      className: 'cell-nowrap',
      cell: (need) => <span className="mono">{need.okpd2}</span>,
    },
    {
      key: 'quantity',
      header: t('needs.columns.quantity'),
      label: t('needs.columns.quantity'),
      className: 'cell-number',
      cell: (need) => formatQuantity(need.quantity, need.unit, language),
    },
    {
      key: 'neededBy',
      header: t('needs.columns.neededBy'),
      label: t('needs.columns.neededBy'),
      className: 'cell-nowrap',
      cell: (need) => formatDate(need.neededBy, language),
    },
    {
      key: 'region',
      header: t('needs.columns.region'),
      label: t('needs.columns.region'),
      cell: (need) => regionName(need.deliveryRegionCode),
    },
    {
      key: 'status',
      header: t('needs.columns.status'),
      label: t('needs.columns.status'),
      cell: (need) => <NeedStatusBadge status={need.status} />,
    },
  ];

  return (
    <DataTable caption={t('needs.tableCaption')} columns={columns} rows={needs} rowKey={(need) => need.id} />
  );
}
