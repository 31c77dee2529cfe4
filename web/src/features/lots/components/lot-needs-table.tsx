import type { LotNeed } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { StatusBadge } from '../../../components/ui/status-badge';

type LotNeedsTableProps = { needs: LotNeed[]; nameOfCode: (code: string) => string };

export function LotNeedsTable({ needs, nameOfCode }: LotNeedsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <DataTable<LotNeed>
      caption={t('lots.detail.needsCaption')}
      rows={needs}
      rowKey={(need) => need.id}
      columns={[
        {
          key: 'need',
          header: t('lots.detail.need'),
          label: t('lots.detail.need'),
          cell: (need) => (
            <>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>{' '}
              {need.critical ? <StatusBadge tone="danger">{t('lots.detail.critical')}</StatusBadge> : null}
            </>
          ),
        },
        {
          key: 'buyer',
          header: t('lots.detail.buyer'),
          label: t('lots.detail.buyer'),
          cell: (need) => need.buyer.name,
        },
        {
          key: 'region',
          header: t('lots.detail.region'),
          label: t('lots.detail.region'),
          cell: (need) => nameOfCode(need.deliveryRegionCode),
        },
        {
          key: 'quantity',
          header: t('lots.detail.quantity'),
          label: t('lots.detail.quantity'),
          cell: (need) => formatQuantity(need.quantity, need.unit, language),
          className: 'numeric',
        },
        {
          key: 'price',
          header: t('lots.detail.price'),
          label: t('lots.detail.price'),
          cell: (need) => (need.targetUnitPrice ? formatMoney(need.targetUnitPrice, language) : '—'),
          className: 'numeric',
        },
        {
          key: 'by',
          header: t('lots.detail.neededBy'),
          label: t('lots.detail.neededBy'),
          cell: (need) => formatDate(need.neededBy, language),
        },
      ]}
    />
  );
}
