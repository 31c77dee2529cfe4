import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { Order } from '@zamena/shared/orders/orders.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { EmptyState } from '../../../components/ui/empty-state';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { nextSort, sortBids, type BidSort } from '../utils/bid-sort';
import { AcceptBidDialog } from './accept-bid-dialog';
import { BidComparisonTable } from './bid-comparison-table';
import { RejectBidDialog } from './reject-bid-dialog';

type Decision = { kind: 'accept' | 'reject'; bid: ComparedBid; key: string; open: boolean };

const LIVE = new Set(['submitted', 'accepted']);

/** The buyer side's view of a need's bids: compare, then accept (an order) or reject with a reason. */
export function BidComparison({
  need,
  bids,
  decides,
}: {
  need: Need;
  bids: ComparedBid[];
  decides: boolean;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<BidSort>({ key: 'delivered', direction: 'ascending' });
  const [showAll, setShowAll] = useState(false);
  // Dialogs stay mounted after closing, so the browser returns focus to the button that opened them.
  const [decision, setDecision] = useState<Decision | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const finished = bids.filter((bid) => !LIVE.has(bid.status)).length;
  const shown = sortBids(showAll ? bids : bids.filter((bid) => LIVE.has(bid.status)), sort);
  const open = need.status === 'open';

  // A new key per opening: one acceptance, however many times "Accept" is pressed inside the dialog.
  const decide = (kind: Decision['kind'], bid: ComparedBid) =>
    setDecision({ kind, bid, key: newIdempotencyKey(), open: true });
  const close = () => setDecision((current) => (current ? { ...current, open: false } : null));

  const actions = (bid: ComparedBid) =>
    decides && open && bid.status === 'submitted' ? (
      <span className="row-actions">
        <Button className="button-small" onClick={() => decide('accept', bid)}>
          {t('bids.compare.accept')}
          <span className="visually-hidden">: {bid.bidder.name}</span>
        </Button>
        <Button variant="secondary" className="button-small" onClick={() => decide('reject', bid)}>
          {t('bids.compare.reject')}
          <span className="visually-hidden">: {bid.bidder.name}</span>
        </Button>
      </span>
    ) : bid.status === 'accepted' ? (
      <Link to={`/orders?need=${need.id}`}>{t('bids.compare.order')}</Link>
    ) : null;

  return (
    <>
      {order ? (
        <Alert
          tone="info"
          action={
            <span className="bid-accepted-links">
              <Link className="button button-secondary" to={`/orders/${order.id}`}>
                {t('bids.accept.openOrder')}
              </Link>
              {order.protocolId ? (
                <Link className="button button-secondary" to={`/protocols/${order.protocolId}`}>
                  {t('bids.accept.openProtocol')}
                </Link>
              ) : null}
            </span>
          }
        >
          {t('bids.accept.done', { bidder: order.supplier.name })}
        </Alert>
      ) : null}
      {need.allowSplitAward && open ? (
        <p className="muted section-hint">{t('bids.compare.splitHint')}</p>
      ) : null}
      {bids.length === 0 ? (
        <EmptyState heading={t('bids.compare.emptyHeading')} level={3}>
          <p>{open ? t('bids.compare.emptyBody') : t('bids.compare.emptyClosed')}</p>
        </EmptyState>
      ) : (
        <>
          {finished > 0 ? (
            <CheckboxField
              id="bids-show-all"
              label={t('bids.compare.showAll', { n: finished })}
              checked={showAll}
              onChange={(event) => setShowAll(event.target.checked)}
            />
          ) : null}
          {shown.length > 0 ? (
            <BidComparisonTable
              need={need}
              bids={shown}
              sort={sort}
              onSort={(key) => setSort((current) => nextSort(current, key))}
              actions={actions}
            />
          ) : (
            <p className="muted">{t('bids.compare.noLive')}</p>
          )}
        </>
      )}
      {decision?.kind === 'accept' ? (
        <AcceptBidDialog
          key={decision.key}
          need={need}
          bid={decision.bid}
          open={decision.open}
          idempotencyKey={decision.key}
          onClose={close}
          onAccepted={(created) => {
            setOrder(created);
            close();
          }}
        />
      ) : null}
      {decision?.kind === 'reject' ? (
        <RejectBidDialog
          key={decision.key}
          bid={decision.bid}
          open={decision.open}
          onClose={close}
          onRejected={close}
        />
      ) : null}
    </>
  );
}
