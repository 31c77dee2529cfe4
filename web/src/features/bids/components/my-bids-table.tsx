import type { BidWithNeed } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { BidStatusBadge } from './bid-status-badge';

/** The organization's bids with the need each was made on. */
export function MyBidsTable({ bids, showBidder }: { bids: BidWithNeed[]; showBidder: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();

  const columns: Column<BidWithNeed>[] = [
    {
      key: 'need',
      header: t('bids.list.need'),
      label: t('bids.list.need'),
      className: 'cell-title',
      cell: (bid) => (
        <>
          <Link to={`/needs/${bid.need.id}`}>{bid.need.title}</Link>
          <span className="cell-sub">
            {bid.need.buyer.name}, {regionName(bid.need.deliveryRegionCode)}
          </span>
          {showBidder ? (
            <span className="cell-sub">{t('bids.list.bidder', { name: bid.bidder.name })}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'price',
      header: t('bids.compare.unitPrice'),
      label: t('bids.compare.unitPrice'),
      className: 'cell-number',
      cell: (bid) => formatMoney(bid.unitPrice, language),
    },
    {
      key: 'quantity',
      header: t('bids.form.quantityShort'),
      label: t('bids.form.quantityShort'),
      className: 'cell-number',
      cell: (bid) => formatQuantity(bid.quantity, bid.need.unit, language),
    },
    {
      key: 'total',
      header: t('bids.compare.total'),
      label: t('bids.compare.total'),
      className: 'cell-number',
      cell: (bid) => formatMoney(bid.total, language),
    },
    {
      key: 'lead',
      header: t('bids.compare.leadTime'),
      label: t('bids.compare.leadTime'),
      className: 'cell-number',
      cell: (bid) => t('bids.compare.days', { days: bid.leadTimeDays }),
    },
    {
      key: 'valid',
      header: t('bids.form.validUntil'),
      label: t('bids.form.validUntil'),
      className: 'cell-nowrap',
      cell: (bid) => formatDate(bid.validUntil, language),
    },
    {
      key: 'status',
      header: t('bids.compare.status'),
      label: t('bids.compare.status'),
      // One wrapper: below 720 px a cell is a two-column grid (label, value).
      cell: (bid) => (
        <div>
          <BidStatusBadge status={bid.status} />
          {bid.decisionReason ? (
            <span className="cell-sub">{t('bids.mine.reasonLine', { reason: bid.decisionReason })}</span>
          ) : null}
          {bid.status === 'accepted' ? (
            <span className="cell-sub">
              <Link to={`/orders?need=${bid.need.id}`}>{t('bids.compare.order')}</Link>
            </span>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <DataTable caption={t('bids.list.caption')} columns={columns} rows={bids} rowKey={(bid) => bid.id} />
  );
}
