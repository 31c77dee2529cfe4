import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../../features/attachments/components/attachments-panel';
import { useNeedBids } from '../../features/bids/api/bids-api';

/**
 * The files of the bids on a need the viewer may see (the buyer side all, a bidder its own): composed
 * here because the bids and attachments features never import each other. A bid without files that the
 * viewer cannot add to shows nothing.
 */
export function NeedBidFiles({ need }: { need: Need }) {
  const { t } = useTranslation();
  const bids = useNeedBids(need.id);
  const live = (bids.data?.items ?? []).filter((bid) => bid.status !== 'withdrawn');
  return (
    <>
      {live.map((bid) => (
        <AttachmentsPanel
          key={bid.id}
          ownerKind="bid"
          ownerId={bid.id}
          heading={t('attachments.bidOf', { name: bid.bidder.name })}
        />
      ))}
    </>
  );
}
