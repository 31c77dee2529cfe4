import { SCHEDULE_MAX_LINES, type Bid, type CreateBid } from '@zamena/shared/bids/bids.schemas';
import { bidFormSchema } from '@zamena/shared/bids/bid-terms';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatMoney, formatQuantity, unitSymbol } from '../../../components/ui/format';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useCurrentSession } from '../../../lib/auth';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useMyCapabilities, useReviseBid, useSubmitBid } from '../api/bids-api';
import {
  bidFormPaths,
  estimateTotal,
  initialBidValues,
  isoDateAfter,
  suggestCapability,
  toBidInput,
  toBidPatch,
  type BidFormValues,
} from '../utils/bid-form-values';
import { bidProblemMessage, translateBidFieldErrors } from '../utils/bid-problem';
import { previewDeliveredPrice } from '../../../components/bid-terms/bid-terms-values';
import { BidPriceBreakdown } from '../../../components/bid-terms/bid-price-breakdown';
import { BidScheduleFields } from '../../../components/bid-terms/bid-schedule-fields';
import { BidTermsFields } from '../../../components/bid-terms/bid-terms-fields';

// Every line the schedule may have: paths of lines not shown are never given an error.
const PATHS = bidFormPaths(SCHEDULE_MAX_LINES);

type BidFormProps = {
  need: Need;
  /** The live bid being revised; absent for a new offer. */
  bid?: Bid;
  onDone: () => void;
  onCancel?: () => void;
};

const now = () => new Date();

/** A manufacturer's offer: price, quantity, lead time, validity and the capability it is made from. */
export function BidForm({ need, bid, onDone, onCancel }: BidFormProps) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const capabilities = useMyCapabilities(session.organization.id, true);
  // The form starts once the capabilities are known, so the suggested one is preselected.
  if (capabilities.isPending) return <Spinner label={t('app.loading')} />;
  const items = capabilities.data?.items ?? [];
  const initial = initialBidValues(need, bid, now(), bid ? '' : suggestCapability(need, items));
  return (
    <BidFormFields
      need={need}
      bid={bid}
      initial={initial}
      capabilities={items}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

type FieldsProps = BidFormProps & {
  initial: BidFormValues;
  capabilities: { id: string; title: string }[];
};

function BidFormFields({ need, bid, initial, capabilities, onDone, onCancel }: FieldsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmitBid(need.id);
  const revise = useReviseBid();
  const mutation = bid ? revise : submit;
  const [failure, setFailure] = useState<unknown>(null);
  // The server's checks against the need (quantity, validity from today UTC) run here too, with the rest.
  const schema = useMemo(
    () => bidFormSchema(need.quantity, isoDateAfter(now(), 0), need.neededBy),
    [need.quantity, need.neededBy],
  );
  const form = useValidatedForm({
    schema,
    initial,
    paths: PATHS,
    toInput: toBidInput,
    formRef,
  });
  const unit = need.unit ? unitSymbol(need.unit, language) : '';
  const total = estimateTotal(form.values.unitPrice, form.values.quantity);
  const delivered = previewDeliveredPrice(form.values.unitPrice, form.values.quantity, form.values);

  const onSettled = {
    onSuccess: onDone,
    onError: (error: unknown) => {
      const translated = translateBidFieldErrors(t, error);
      if (!form.showServerErrors(translated)) setFailure(error);
    },
  };

  const onValid = (data: CreateBid) => {
    setFailure(null);
    if (bid) revise.mutate({ bid, patch: toBidPatch(data) }, onSettled);
    else submit.mutate(data, onSettled);
  };

  return (
    <form ref={formRef} className="form bid-form" noValidate onSubmit={form.handleSubmit(onValid)}>
      {form.hasErrors ? <Alert tone="error">{t('bids.form.fixErrors')}</Alert> : null}
      {failure ? <Alert tone="error">{bidProblemMessage(t, failure)}</Alert> : null}
      <div className="form-row">
        <TextField
          {...form.field('unitPrice')}
          label={t('bids.form.unitPrice', { unit })}
          hint={t('bids.form.unitPriceHint')}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          {...form.field('quantity')}
          label={t('bids.form.quantity', { unit })}
          hint={t('bids.form.quantityHint', { max: formatQuantity(need.quantity, need.unit, language) })}
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <TextField
          {...form.field('leadTimeDays')}
          label={t('bids.form.leadTimeDays')}
          hint={t('bids.form.leadTimeHint')}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          {...form.field('validUntil')}
          type="date"
          label={t('bids.form.validUntil')}
          hint={t('bids.form.validUntilHint')}
        />
      </div>
      <SelectField
        {...form.field('capabilityId')}
        label={t('bids.form.capability')}
        hint={capabilities.length > 0 ? t('bids.form.capabilityHint') : t('bids.form.noCapabilities')}
      >
        <option value="">{t('bids.form.noCapability')}</option>
        {capabilities.map((capability) => (
          <option key={capability.id} value={capability.id}>
            {capability.title}
          </option>
        ))}
      </SelectField>
      <BidTermsFields form={form} />
      <BidScheduleFields form={form} unit={unit} okeiUnit={need.unit} maxDate={need.neededBy} />
      <TextareaField
        id="comment"
        name="comment"
        label={t('bids.form.comment')}
        hint={t('bids.form.commentHint')}
        rows={3}
        maxLength={5000}
        value={form.values.comment}
        error={form.error('comment')}
        onChange={(event) => form.setValue('comment', event.target.value)}
      />
      <p className="bid-form-total" aria-live="polite">
        {t('bids.form.total')}{' '}
        <strong>{total ? formatMoney(total, language) : t('bids.form.totalUnknown')}</strong>
      </p>
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
      <div className="form-actions">
        <Button type="submit" busy={mutation.isPending}>
          {mutation.isPending
            ? t('bids.form.sending')
            : bid
              ? t('bids.form.saveRevision')
              : t('bids.form.submit')}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('bids.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
