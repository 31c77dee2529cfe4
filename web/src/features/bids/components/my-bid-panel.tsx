import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDate } from '../../../components/ui/format';
import { useWithdrawBid } from '../api/bids-api';
import { bidProblemMessage } from '../utils/bid-problem';
import { BidForm } from './bid-form';
import { BidStatusBadge } from './bid-status-badge';
import { MyBidSummary } from './my-bid-summary';

/** A manufacturer on someone else's need: its live offer (revise, withdraw), or the form to make one. */
export function MyBidPanel({ need, bids }: { need: Need; bids: ComparedBid[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { hash } = useLocation();
  const formRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [saved, setSaved] = useState(false);
  const withdraw = useWithdrawBid();
  const live = bids.find((bid) => bid.status === 'submitted');
  const accepted = bids.find((bid) => bid.status === 'accepted');
  const past = bids.filter((bid) => bid !== live && bid !== accepted);
  const showForm = need.status === 'open' && (!live || editing);

  // "Bid" links from a capability's matches land on #bid: bring the form into view and start typing.
  useEffect(() => {
    if (hash !== '#bid' || !formRef.current) return;
    formRef.current.scrollIntoView({ block: 'start' });
    formRef.current.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
  }, [hash, showForm]);

  return (
    <div className="my-bid" id="bid" ref={formRef}>
      {saved ? <Alert tone="info">{t('bids.mine.saved')}</Alert> : null}
      {accepted ? (
        <Alert
          tone="info"
          action={
            <Link className="button button-secondary" to={`/orders?need=${need.id}`}>
              {t('bids.mine.openOrders')}
            </Link>
          }
        >
          {t('bids.mine.accepted')}
        </Alert>
      ) : null}
      {live && !editing ? (
        <div className="card">
          <h3>{t('bids.mine.liveHeading')}</h3>
          <MyBidSummary need={need} bid={live} />
          {need.status === 'open' ? (
            <div className="form-actions bid-actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('bids.mine.revise')}
              </Button>
              <Button
                variant="ghost"
                onClick={() => {
                  withdraw.reset();
                  setWithdrawing(true);
                }}
              >
                {t('bids.mine.withdraw')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {showForm ? (
        <div className="card">
          <h3>{live ? t('bids.mine.reviseHeading') : t('bids.mine.newHeading')}</h3>
          <p className="muted">{live ? t('bids.mine.reviseLead') : t('bids.mine.newLead')}</p>
          <BidForm
            need={need}
            bid={live}
            onDone={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={live ? () => setEditing(false) : undefined}
          />
        </div>
      ) : null}
      {!live && !accepted && need.status !== 'open' ? <p className="muted">{t('bids.mine.closed')}</p> : null}
      {past.length > 0 ? (
        <details className="bid-history">
          <summary>{t('bids.mine.history', { n: past.length })}</summary>
          <ul className="plain-list">
            {past.map((bid) => (
              <li key={bid.id}>
                <BidStatusBadge status={bid.status} />{' '}
                {t('bids.mine.historyLine', {
                  date: formatDate(bid.updatedAt, language),
                  revision: bid.revision,
                })}
                {bid.decisionReason ? (
                  <span className="cell-sub">
                    {t('bids.mine.reasonLine', { reason: bid.decisionReason })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {live ? (
        <ConfirmDialog
          open={withdrawing}
          title={t('bids.mine.withdrawTitle')}
          confirmLabel={t('bids.mine.withdrawConfirm')}
          cancelLabel={t('bids.mine.keep')}
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate(live, { onSuccess: () => setWithdrawing(false) })}
          onCancel={() => setWithdrawing(false)}
          error={withdraw.isError ? <Alert tone="error">{bidProblemMessage(t, withdraw.error)}</Alert> : null}
        >
          <p>{t('bids.mine.withdrawBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
