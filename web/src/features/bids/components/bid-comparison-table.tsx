import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { Meter } from '../../../components/ui/meter';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';
import type { BidSort, BidSortKey } from '../utils/bid-sort';
import { BidDeliveredCell } from '../../../components/bid-terms/bid-delivered-cell';
import { BidStatusBadge } from './bid-status-badge';

type BidComparisonTableProps = {
  need: Need;
  bids: ComparedBid[];
  sort: BidSort;
  onSort: (key: BidSortKey) => void;
  /** Accept / reject buttons for a row, or nothing. */
  actions: (bid: ComparedBid) => ReactNode;
};

/** Bids side by side: every column a buyer weighs, sortable where an order makes sense. */
export function BidComparisonTable({ need, bids, sort, onSort, actions }: BidComparisonTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const number = new Intl.NumberFormat(language);

  const header = (key: BidSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className="cell-number" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {label}
          <span className="sort-icon" aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-wrap">
      <table className="data-table bid-table">
        <caption className="visually-hidden">{t('bids.compare.caption', { title: need.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bids.compare.bidder')}</th>
            {header('delivered', t('bids.terms.column'))}
            {header('unitPrice', t('bids.compare.unitPrice'))}
            {header('total', t('bids.compare.total'))}
            {header('leadTime', t('bids.compare.leadTime'))}
            {header('distance', t('bids.compare.distance'))}
            <th scope="col">{t('bids.compare.pp719')}</th>
            {header('score', t('bids.compare.score'))}
            <th scope="col">{t('bids.compare.status')}</th>
          </tr>
        </thead>
        <tbody>
          {bids.map((bid) => {
            const { comparison: c } = bid;
            const late = c.slackDays < 0;
            return (
              <tr
                key={bid.id}
                className={bid.status === 'submitted' || bid.status === 'accepted' ? '' : 'row-muted'}
              >
                <td className="cell-title" data-label={t('bids.compare.bidder')}>
                  <strong>
                    <Link to={`/organizations/${bid.bidder.id}`}>{bid.bidder.name}</Link>
                  </strong>
                  <span className="cell-sub">
                    {regionName(bid.bidder.regionCode)}
                    {c.interregional ? ` · ${t('bids.compare.interregional')}` : ''}
                  </span>
                  <span className="bid-badges">
                    <StatusBadge tone={c.bidderVerified ? 'success' : 'neutral'}>
                      {c.bidderVerified ? t('bids.compare.verified') : t('bids.compare.notVerified')}
                    </StatusBadge>
                  </span>
                  <span className="cell-sub">
                    {formatQuantity(bid.quantity, need.unit, language)} ·{' '}
                    {t('bids.compare.validUntil', { date: formatDate(bid.validUntil, language) })}
                  </span>
                  {bid.comment ? (
                    // The free text is a note now: the terms have their own fields.
                    <span className="cell-sub bid-comment">
                      {t('bids.compare.comment', { text: bid.comment })}
                    </span>
                  ) : null}
                </td>
                <td className="cell-number cell-delivered" data-label={t('bids.terms.column')}>
                  <BidDeliveredCell bid={bid} unit={need.unit} />
                </td>
                <td className="cell-number" data-label={t('bids.compare.unitPrice')}>
                  {formatMoney(bid.unitPrice, language)}
                </td>
                <td className="cell-number" data-label={t('bids.compare.total')}>
                  {formatMoney(bid.total, language)}
                </td>
                <td className="cell-number" data-label={t('bids.compare.leadTime')}>
                  <div>
                    {t('bids.compare.days', { days: bid.leadTimeDays })}
                    <span className={late ? 'cell-sub slack-late' : 'cell-sub'}>
                      {late
                        ? t('bids.compare.late', { days: -c.slackDays })
                        : t('bids.compare.slack', { days: c.slackDays })}
                    </span>
                  </div>
                </td>
                <td className="cell-number" data-label={t('bids.compare.distance')}>
                  {c.distanceKm === null ? '—' : `${number.format(c.distanceKm)} ${t('bids.compare.km')}`}
                </td>
                <td data-label={t('bids.compare.pp719')}>
                  {c.localization ? (
                    <div>
                      <span className="mono">{c.localization.pp719RegistryNumber}</span>
                      <span className={c.localization.valid ? 'cell-sub' : 'cell-sub slack-late'}>
                        {c.localization.valid
                          ? t('bids.compare.pp719Until', {
                              date: formatDate(c.localization.validUntil, language),
                            })
                          : t('bids.compare.pp719Lapsed')}
                      </span>
                    </div>
                  ) : (
                    <span className="muted">{t('bids.compare.pp719None')}</span>
                  )}
                </td>
                <td className="cell-number" data-label={t('bids.compare.score')}>
                  {c.matchScore === null ? (
                    <span className="muted">{t('bids.compare.noScore')}</span>
                  ) : (
                    <Meter
                      label={t('bids.compare.score')}
                      value={Number(c.matchScore)}
                      valueText={new Intl.NumberFormat(language, { style: 'percent' }).format(
                        Number(c.matchScore),
                      )}
                      size="small"
                    />
                  )}
                </td>
                <td className="cell-status" data-label={t('bids.compare.status')}>
                  {/* One wrapper: below 720 px a cell is a two-column grid (label, value). */}
                  <div>
                    <BidStatusBadge status={bid.status} />
                    {bid.revision > 1 ? (
                      <span className="cell-sub">
                        {t('bids.compare.revision', { revision: bid.revision })}
                      </span>
                    ) : null}
                    {actions(bid)}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
