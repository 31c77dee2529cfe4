import { weightedUnitPrice } from '@zamena/shared/lots/lot-line-prices';
import { SCHEDULE_MAX_LINES } from '@zamena/shared/bids/bids.schemas';
import { lotBidFormSchema, type LotDetail } from '@zamena/shared/lots/lots.schemas';
import { parseDecimalInput } from '@zamena/shared/domain/decimal';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BidPriceBreakdown } from '../../../components/bid-terms/bid-price-breakdown';
import { BidScheduleFields } from '../../../components/bid-terms/bid-schedule-fields';
import { BidTermsFields } from '../../../components/bid-terms/bid-terms-fields';
import {
  initialTermsValues,
  previewDeliveredPrice,
  termsPaths,
  toTermsInput,
  type TermsFormValues,
} from '../../../components/bid-terms/bid-terms-values';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatMoney, formatQuantity, unitSymbol } from '../../../components/ui/format';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useCreateLotBid } from '../api/lots-api';
import { useLineName } from './lot-lines-table';

const PATHS = {
  unitPrice: 'unitPrice',
  quantity: 'quantity',
  leadTimeDays: 'leadTimeDays',
  validUntil: 'validUntil',
  comment: 'comment',
} as const;

const inMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** The form field of a line's price. */
const lineField = (index: number) => `line${index}` as const;

type LotBidFormValues = {
  unitPrice: string;
  quantity: string;
  leadTimeDays: string;
  validUntil: string;
  comment: string;
} & TermsFormValues & { [key: `line${number}`]: string };

/**
 * A manufacturer's one offer on the whole lot or a share of it (the server checks the quantity). When
 * the lot's lines differ in size or grade, it takes a price for each line instead of one unit price.
 */
export function LotBidForm({ lot }: { lot: LotDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateLotBid(lot.id);
  const lineName = useLineName();
  const perLine = lot.lines.length > 1;
  const lineKeys = perLine ? lot.lines.map((_, index) => lineField(index)) : [];
  const initial: LotBidFormValues = {
    unitPrice: '',
    quantity: lot.totalQuantity,
    leadTimeDays: '30',
    validUntil: inMonth(),
    comment: '',
    ...initialTermsValues(undefined),
    ...Object.fromEntries(lineKeys.map((key) => [key, ''])),
  };
  const schema = useMemo(() => lotBidFormSchema(new Date().toISOString().slice(0, 10)), []);
  const form = useValidatedForm({
    schema,
    initial,
    paths: {
      ...PATHS,
      ...termsPaths(SCHEDULE_MAX_LINES),
      ...Object.fromEntries(lineKeys.map((key, index) => [key, `linePrices.${index}.unitPrice`])),
    } as Record<keyof LotBidFormValues & string, string>,
    toInput: (values) => ({
      ...toTermsInput(values),
      comment: values.comment,
      validUntil: values.validUntil,
      // The shared schema reads "1 200,50 ₽" itself (parseDecimalInput).
      ...(perLine
        ? {
            linePrices: lot.lines.map((line, index) => ({
              line: line.key,
              unitPrice: (values[lineField(index)] ?? '').trim(),
            })),
          }
        : { unitPrice: (values.unitPrice ?? '').trim() }),
      quantity: (values.quantity ?? '').trim(),
      leadTimeDays: (values.leadTimeDays ?? '').trim() === '' ? Number.NaN : Number(values.leadTimeDays),
    }),
    formRef,
  });
  const unit = unitSymbol(lot.unit, language);
  const prices = lot.lines.map((line, index) => ({
    quantity: line.quantity,
    unitPrice: parseDecimalInput(form.values[lineField(index)] ?? '') ?? '',
  }));
  const average =
    perLine && prices.every((price) => /^\d+(\.\d{1,2})?$/.test(price.unitPrice))
      ? weightedUnitPrice(prices)
      : null;
  const delivered = previewDeliveredPrice(
    perLine ? (average ?? '') : form.values.unitPrice,
    form.values.quantity,
    form.values,
  );

  return (
    <section className="card lot-section" aria-labelledby="lot-bid-heading" data-section="lot-bid">
      <h2 id="lot-bid-heading">{t('lots.bid.heading')}</h2>
      <p className="muted">{t(perLine ? 'lots.bid.linesLead' : 'lots.bid.lead')}</p>
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
          {perLine ? (
            <fieldset className="lot-bid-lines">
              <legend>{t('lots.bid.linePricesLegend')}</legend>
              <div className="lot-bid-grid">
                {lot.lines.map((line, index) => (
                  <TextField
                    key={line.key}
                    {...form.field(lineField(index))}
                    label={t('lots.bid.linePrice', {
                      line: lineName(line),
                      quantity: formatQuantity(line.quantity, lot.unit, language),
                    })}
                    inputMode="decimal"
                  />
                ))}
              </div>
              {average ? (
                <p className="muted" aria-live="polite">
                  {t('lots.bid.average', { value: formatMoney(average, language) })}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <div className="lot-bid-grid">
            {perLine ? null : (
              <TextField {...form.field('unitPrice')} label={t('lots.bid.unitPrice')} inputMode="decimal" />
            )}
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
          <BidTermsFields form={form} />
          <BidScheduleFields
            form={form}
            unit={unit}
            okeiUnit={lot.unit}
            maxDate={null}
            hint={t('lots.bid.scheduleHint')}
          />
          <TextareaField
            id="lot-bid-comment"
            label={t('lots.bid.comment')}
            value={form.values.comment ?? ''}
            error={form.error('comment')}
            onChange={(event) => form.setValue('comment', event.target.value)}
            rows={3}
          />
          <div className="bid-form-delivered" aria-live="polite">
            <p>
              {t('bids.termsForm.preview')}{' '}
              <strong>
                {delivered
                  ? formatMoney(delivered.deliveredUnitPriceWithVat, language)
                  : t('bids.termsForm.previewUnknown')}
              </strong>
            </p>
            {delivered ? <BidPriceBreakdown breakdown={delivered} /> : null}
          </div>
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
