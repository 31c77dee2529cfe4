import type { AwardShare } from '@zamena/shared/lots/lot-award-split';
import { unitPriceForLine } from '@zamena/shared/lots/lot-line-prices';
import type { LotBid, LotDetail } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { DataTable } from '../../../components/ui/data-table';
import { formatMoney, formatQuantity } from '../../../components/ui/format';
import type { AwardDraft } from '../utils/award-draft';

/** The orders the award will make, one per buyer share, in the order the server makes them. */
export function LotAwardPreview({ lot, bids, draft }: { lot: LotDetail; bids: LotBid[]; draft: AwardDraft }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const needs = new Map(lot.needs.map((need) => [need.id, need]));
  const bidders = new Map(bids.map((bid) => [bid.id, bid]));
  // The price of the need's line when the bid priced lines, as the award will set it.
  const priceOf = (share: AwardShare) => {
    const bid = bidders.get(share.lotBidId);
    return bid ? unitPriceForLine(bid, needs.get(share.needId)?.line ?? '') : '0';
  };
  if (draft.awards.length === 0) return null;

  return (
    <div className="lot-award-preview" data-section="lot-award-preview">
      <p>
        {t('lots.award.total', {
          quantity: formatQuantity(draft.total, lot.unit, language),
          total: formatQuantity(lot.totalQuantity, lot.unit, language),
        })}
      </p>
      {draft.overLot ? <Alert tone="error">{t('lots.award.overLot')}</Alert> : null}
      {!draft.overLot && draft.split.unplaced !== '0' ? (
        <Alert tone="error">
          {t('lots.award.unplaced', { quantity: formatQuantity(draft.split.unplaced, lot.unit, language) })}
        </Alert>
      ) : null}
      <h3 className="lot-award-preview-heading">{t('lots.award.previewCaption')}</h3>
      <DataTable<AwardShare>
        caption={t('lots.award.previewCaption')}
        rows={draft.split.shares}
        rowKey={(share) => `${share.lotBidId}:${share.needId}`}
        columns={[
          {
            key: 'buyer',
            header: t('lots.award.buyer'),
            label: t('lots.award.buyer'),
            cell: (share) => needs.get(share.needId)?.buyer.name,
          },
          {
            key: 'need',
            header: t('lots.award.need'),
            label: t('lots.award.need'),
            cell: (share) => needs.get(share.needId)?.title,
          },
          {
            key: 'supplier',
            header: t('lots.award.supplier'),
            label: t('lots.award.supplier'),
            cell: (share) => bidders.get(share.lotBidId)?.bidder.name,
          },
          {
            key: 'quantity',
            header: t('lots.award.quantity'),
            label: t('lots.award.quantity'),
            cell: (share) => formatQuantity(share.quantity, lot.unit, language),
            className: 'numeric',
          },
          {
            key: 'price',
            header: t('lots.bid.price'),
            label: t('lots.bid.price'),
            cell: (share) => formatMoney(priceOf(share), language),
            className: 'numeric',
          },
        ]}
      />
    </div>
  );
}
