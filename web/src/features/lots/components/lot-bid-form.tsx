import { createLotBidSchema, type LotDetail } from '@zamena/shared/lots/lots.schemas';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { unitSymbol } from '../../../components/ui/format';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useCreateLotBid } from '../api/lots-api';

const PATHS = {
  unitPrice: 'unitPrice',
  quantity: 'quantity',
  leadTimeDays: 'leadTimeDays',
  validUntil: 'validUntil',
  comment: 'comment',
} as const;

const inMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** A manufacturer's one offer on the whole lot or a share of it (the server checks the quantity). */
export function LotBidForm({ lot }: { lot: LotDetail }) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateLotBid(lot.id);
  const form = useValidatedForm({
    schema: createLotBidSchema,
    initial: {
      unitPrice: '',
      quantity: lot.totalQuantity,
      leadTimeDays: '30',
      validUntil: inMonth(),
      comment: '',
    },
    paths: PATHS,
    toInput: (values) => ({
      ...values,
      // The shared schema reads "1 200,50 ₽" itself (parseDecimalInput).
      unitPrice: values.unitPrice.trim(),
      quantity: values.quantity.trim(),
      leadTimeDays: values.leadTimeDays.trim() === '' ? Number.NaN : Number(values.leadTimeDays),
    }),
    formRef,
  });
  const unit = unitSymbol(lot.unit, i18n.resolvedLanguage ?? 'ru');

  return (
    <section className="card lot-section" aria-labelledby="lot-bid-heading" data-section="lot-bid">
      <h2 id="lot-bid-heading">{t('lots.bid.heading')}</h2>
      <p className="muted">{t('lots.bid.lead')}</p>
      {create.isSuccess ? (
        <Alert tone="info">{t('lots.bid.sent')}</Alert>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={form.handleSubmit((data) =>
            create.mutate(data, { onError: (error) => form.showServerErrors(error) }),
          )}
        >
          {form.hasErrors ? <Alert tone="error">{t('lots.bid.invalid')}</Alert> : null}
          <div className="lot-bid-grid">
            <TextField {...form.field('unitPrice')} label={t('lots.bid.unitPrice')} inputMode="decimal" />
            <TextField
              {...form.field('quantity')}
              label={`${t('lots.bid.quantity')}, ${unit}`}
              inputMode="decimal"
            />
            <TextField
              {...form.field('leadTimeDays')}
              label={t('lots.bid.leadTimeDays')}
              inputMode="numeric"
            />
            <TextField {...form.field('validUntil')} label={t('lots.bid.validUntil')} type="date" />
          </div>
          <TextareaField
            id="lot-bid-comment"
            label={t('lots.bid.comment')}
            value={form.values.comment}
            error={form.error('comment')}
            onChange={(event) => form.setValue('comment', event.target.value)}
            rows={3}
          />
          {create.isError && !form.hasErrors ? (
            <Alert tone="error">{problemMessage(t, create.error)}</Alert>
          ) : null}
          <Button type="submit" busy={create.isPending}>
            {t('lots.bid.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
