import { DELIVERY_BASES, VAT_RATES } from '@zamena/shared/bids/bid-price';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../ui/checkbox-field';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { translateTermsError } from './bid-terms-errors';
import type { TermsFormApi } from './terms-form-api';
import './bid-terms.css';

/** VAT, delivery basis and cost, payment and warranty: the terms the delivered price depends on. */
export function BidTermsFields({ form }: { form: TermsFormApi }) {
  const { t } = useTranslation();
  const { values } = form;
  const field = (name: Parameters<TermsFormApi['field']>[0]) => ({
    ...form.field(name),
    error: translateTermsError(t, form.error(name)),
  });
  const taxed = values.vatRate === '20' || values.vatRate === '10';
  const delivered = values.deliveryBasis !== 'pickup';
  const priced = delivered && values.deliveryIncluded !== 'true';
  const checkbox = (name: 'priceIncludesVat' | 'deliveryIncluded') => ({
    id: name,
    name,
    checked: values[name] === 'true',
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      form.setValue(name, event.target.checked ? 'true' : 'false'),
  });

  return (
    <fieldset className="bid-terms">
      <legend>{t('bids.termsForm.heading')}</legend>
      <p className="muted section-hint">{t('bids.termsForm.lead')}</p>
      <div className="form-row">
        <SelectField {...field('vatRate')} label={t('bids.termsForm.vatRate')}>
          {VAT_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {t(`bids.terms.vatRate.${rate}`)}
            </option>
          ))}
        </SelectField>
        <SelectField {...field('deliveryBasis')} label={t('bids.termsForm.deliveryBasis')}>
          {DELIVERY_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t(`bids.terms.basis.${basis}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {taxed ? (
        <CheckboxField {...checkbox('priceIncludesVat')} label={t('bids.termsForm.priceIncludesVat')} />
      ) : null}
      {delivered ? (
        <CheckboxField {...checkbox('deliveryIncluded')} label={t('bids.termsForm.deliveryIncluded')} />
      ) : (
        <p className="muted section-hint">{t('bids.terms.pickupNote')}</p>
      )}
      {priced ? (
        <TextField
          {...field('deliveryCost')}
          label={t('bids.termsForm.deliveryCost')}
          hint={t('bids.termsForm.deliveryCostHint')}
          inputMode="decimal"
          autoComplete="off"
        />
      ) : null}
      <div className="form-row form-row-3">
        <TextField
          {...field('prepaymentPercent')}
          label={t('bids.termsForm.prepaymentPercent')}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          {...field('paymentDays')}
          label={t('bids.termsForm.paymentDays')}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          {...field('warrantyMonths')}
          label={t('bids.termsForm.warrantyMonths')}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
