import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { useCurrentSession } from '../../../lib/auth';
import { useNeedBids } from '../api/bids-api';
import { bidProblemMessage } from '../utils/bid-problem';
import { canDecide, isAnalyst, isBidder, isBuyerSide } from '../utils/bid-permissions';
import { BidComparison } from './bid-comparison';
import { MyBidPanel } from './my-bid-panel';
import '../bids.css';

/**
 * Bids on a need page. The buyer side and analysts compare every bid; a manufacturer sees its own
 * offer or the form to make one; others (centres of other regions) see nothing here.
 */
export function NeedBidsSection({ need }: { need: Need }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const compares = isBuyerSide(session, need) || isAnalyst(session);
  const bidder = isBidder(session, need);
  const bids = useNeedBids(need.id, compares || bidder);

  if (!compares && !bidder) return null;
  const items = bids.data?.items ?? [];
  const live = items.filter((bid) => bid.status === 'submitted').length;

  return (
    <section className="deal-section" aria-labelledby="need-bids-heading" data-section="need-bids">
      <div className="section-heading">
        <h2 id="need-bids-heading">{compares ? t('bids.compare.heading') : t('bids.mine.heading')}</h2>
        {compares && items.length > 0 ? (
          <span className="muted">{t('bids.compare.count', { n: live })}</span>
        ) : null}
      </div>
      {bids.isPending ? <Spinner label={t('app.loading')} /> : null}
      {bids.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void bids.refetch()}>
              {t('bids.retry')}
            </Button>
          }
        >
          {bidProblemMessage(t, bids.error)}
        </Alert>
      ) : null}
      {bids.isSuccess && compares ? (
        <BidComparison need={need} bids={items} decides={canDecide(session, need)} />
      ) : null}
      {bids.isSuccess && bidder ? <MyBidPanel need={need} bids={items} /> : null}
    </section>
  );
}
