import type { LotAwardResult, LotDetail } from '@zamena/shared/lots/lots.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatMoney, formatQuantity } from '../../../components/ui/format';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useAwardLot, useLotBids } from '../api/lots-api';
import { type AwardChoices, awardableBids, awardDraft } from '../utils/award-draft';
import { LotAwardPreview } from './lot-award-preview';

/**
 * Analysts award a published lot: tick one bid for the whole volume or several for a split, adjust the
 * quantities, read the split per buyer, confirm.
 */
export function LotAwardForm({
  lot,
  onAwarded,
}: {
  lot: LotDetail;
  onAwarded: (result: LotAwardResult) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const bidsQuery = useLotBids(lot.id, true);
  const award = useAwardLot(lot.id);
  const [choices, setChoices] = useState<AwardChoices>({});
  const [confirmKey, setConfirmKey] = useState<string | null>(null);

  const bids = awardableBids(bidsQuery.data?.items ?? [], new Date().toISOString().slice(0, 10));
  if (bids.length === 0) return null;
  const draft = awardDraft(lot, bids, choices);
  const blocked =
    draft.awards.length === 0 ||
    Object.keys(draft.errors).length > 0 ||
    draft.overLot ||
    draft.split.unplaced !== '0';
  const choose = (bidId: string, change: Partial<AwardChoices[string]>, quantity: string) =>
    setChoices((current) => ({
      ...current,
      [bidId]: { chosen: false, quantity, ...current[bidId], ...change },
    }));

  return (
    <section className="lot-section" aria-labelledby="lot-award-heading" data-section="lot-award">
      <h2 id="lot-award-heading">{t('lots.award.heading')}</h2>
      <p className="muted">{t('lots.award.lead')}</p>
      <ul className="lot-award-choices">
        {bids.map((bid) => {
          const choice = choices[bid.id];
          const error = draft.errors[bid.id];
          return (
            <li key={bid.id} className="card lot-award-choice">
              <CheckboxField
                id={`award-${bid.id}`}
                checked={choice?.chosen ?? false}
                onChange={(event) => choose(bid.id, { chosen: event.target.checked }, bid.quantity)}
                label={bid.bidder.name}
                hint={t('lots.award.bidTerms', {
                  price: formatMoney(bid.unitPrice, language),
                  quantity: formatQuantity(bid.quantity, lot.unit, language),
                  days: bid.leadTimeDays,
                })}
              />
              {choice?.chosen ? (
                <TextField
                  id={`award-quantity-${bid.id}`}
                  label={t('lots.award.quantity')}
                  inputMode="decimal"
                  value={choice.quantity}
                  onChange={(event) => choose(bid.id, { quantity: event.target.value }, bid.quantity)}
                  error={
                    error
                      ? t(`lots.award.${error}`, { max: formatQuantity(bid.quantity, lot.unit, language) })
                      : undefined
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <LotAwardPreview lot={lot} bids={bids} draft={draft} />
      <Button type="button" disabled={blocked} onClick={() => setConfirmKey(newIdempotencyKey())}>
        {t('lots.award.submit')}
      </Button>
      <ConfirmDialog
        open={confirmKey !== null}
        title={t('lots.award.confirmTitle')}
        confirmLabel={award.isPending ? t('lots.award.awarding') : t('lots.award.confirm')}
        cancelLabel={t('lots.award.cancel')}
        busy={award.isPending}
        onConfirm={() =>
          confirmKey &&
          award.mutate({ input: { awards: draft.awards }, key: confirmKey }, { onSuccess: onAwarded })
        }
        onCancel={() => setConfirmKey(null)}
        error={award.isError ? <Alert tone="error">{problemMessage(t, award.error)}</Alert> : null}
      >
        <p>
          {t('lots.award.confirmBody', {
            orders: draft.split.shares.length,
            quantity: formatQuantity(draft.total, lot.unit, language),
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
