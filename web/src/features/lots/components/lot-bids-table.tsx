import { compareDecimals } from '@zamena/shared/domain/decimal';
import type { LotBid, LotLine } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BidDeliveredCell } from '../../../components/bid-terms/bid-delivered-cell';
import { Alert } from '../../../components/ui/alert';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useLotBids } from '../api/lots-api';
import { LotBidWithdraw } from './lot-bid-withdraw';
import { useLineName } from './lot-lines-table';

/** Cheapest delivered with VAT first (the unit price for a bid without terms), then the shorter lead time. */
export const byDeliveredPrice = (a: LotBid, b: LotBid) =>
  compareDecimals(a.deliveredUnitPriceWithVat ?? a.unitPrice, b.deliveredUnitPriceWithVat ?? b.unitPrice) ||
  a.leadTimeDays - b.leadTimeDays;

/**
 * Bids on the lot as the API shows them to the viewer (analysts all, a bidder its own).
 * `withdrawable`: the viewer's organization bids on this published lot and may withdraw its live bid.
 */
export function LotBidsTable({
  lotId,
  unit,
  lines,
  withdrawable,
}: {
  lotId: string;
  unit: string;
  /** The lot's lines: a bid's per-line prices are shown by their names. */
  lines: LotLine[];
  withdrawable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const lineName = useLineName();
  const nameOfLine = (key: string) => {
    const line = lines.find((item) => item.key === key);
    return line ? lineName(line) : key || t('lots.detail.lineUnspecified');
  };
  const bids = useLotBids(lotId, true);
  return (
    <section className="lot-section" aria-labelledby="lot-bids-heading" data-section="lot-bids">
      <h2 id="lot-bids-heading">{t('lots.bid.listHeading')}</h2>
      {bids.isPending ? <Spinner label={t('app.loading')} /> : null}
      {bids.isError ? <Alert tone="error">{problemMessage(t, bids.error)}</Alert> : null}
      {bids.data && bids.data.items.length === 0 ? <p className="muted">{t('lots.bid.none')}</p> : null}
      {bids.data && bids.data.items.length > 0 ? (
        <DataTable<LotBid>
          caption={t('lots.bid.listCaption')}
          rows={[...bids.data.items].sort(byDeliveredPrice)}
          rowKey={(bid) => bid.id}
          columns={[
            {
              key: 'bidder',
              header: t('lots.bid.bidder'),
              label: t('lots.bid.bidder'),
              cell: (bid) => <Link to={`/organizations/${bid.bidder.id}`}>{bid.bidder.name}</Link>,
            },
            {
              key: 'price',
              header: t('lots.bid.price'),
              label: t('lots.bid.price'),
              cell: (bid) =>
                bid.linePrices.length === 0 ? (
                  formatMoney(bid.unitPrice, language)
                ) : (
                  <>
                    {formatMoney(bid.unitPrice, language)}{' '}
                    <span className="muted">({t('lots.bid.averageHint')})</span>
                    <ul className="lot-line-prices">
                      {bid.linePrices.map((price) => (
                        <li key={price.line}>
                          {t('lots.bid.linePriceItem', {
                            line: nameOfLine(price.line),
                            price: formatMoney(price.unitPrice, language),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                ),
              className: 'numeric',
            },
            {
              key: 'delivered',
              header: t('lots.bid.delivered'),
              label: t('lots.bid.delivered'),
              cell: (bid) => <BidDeliveredCell bid={bid} unit={unit} />,
              className: 'numeric cell-delivered',
            },
            {
              key: 'quantity',
              header: t('lots.bid.quantity'),
              label: t('lots.bid.quantity'),
              cell: (bid) => formatQuantity(bid.quantity, unit, language),
              className: 'numeric',
            },
            {
              key: 'total',
              header: t('lots.bid.amount'),
              label: t('lots.bid.amount'),
              cell: (bid) => formatMoney(bid.total, language),
              className: 'numeric',
            },
            {
              key: 'lead',
              header: t('lots.bid.leadTime'),
              label: t('lots.bid.leadTime'),
              cell: (bid) => bid.leadTimeDays,
              className: 'numeric',
            },
            {
              key: 'valid',
              header: t('lots.bid.validUntil'),
              label: t('lots.bid.validUntil'),
              cell: (bid) => formatDate(bid.validUntil, language),
            },
            {
              key: 'status',
              header: t('lots.bid.status'),
              label: t('lots.bid.status'),
              cell: (bid) =>
                bid.status === 'submitted' ? t('lots.bid.statusSubmitted') : t('lots.bid.statusWithdrawn'),
            },
            ...(withdrawable
              ? [
                  {
                    key: 'actions',
                    header: t('lots.bid.actions'),
                    label: t('lots.bid.actions'),
                    cell: (bid: LotBid) => (bid.status === 'submitted' ? <LotBidWithdraw bid={bid} /> : null),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
    </section>
  );
}
