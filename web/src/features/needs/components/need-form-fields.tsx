import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { Okpd2Picker } from '../../../components/ui/okpd2-picker';
import { RegionSelect } from '../../../components/ui/region-select';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { UnitSelect } from '../../../components/ui/unit-select';
import type { useValidatedForm } from '../../../lib/use-validated-form';
import { okpd2Source } from '../../../lib/okpd2-api';
import { localToday } from '../../../lib/local-today';
import type { NeedFormValues } from '../utils/need-form-values';

export type NeedFormState = Pick<
  ReturnType<typeof useValidatedForm<NeedFormValues, z.ZodType>>,
  'values' | 'field' | 'setValue' | 'error'
>;

const decimal = { inputMode: 'decimal', autoComplete: 'off', spellCheck: false } as const;

export function NeedFormFields({ form }: { form: NeedFormState }) {
  const { t } = useTranslation();
  const checkbox = (name: 'critical' | 'allowSplitAward') => ({
    id: name,
    name,
    checked: form.values[name] === 'true',
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      form.setValue(name, event.target.checked ? 'true' : ''),
  });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('needs.form.whatSection')}</legend>
        <TextField
          {...form.field('title')}
          label={t('needs.fields.title')}
          hint={t('needs.form.titleHint')}
          maxLength={300}
          required
        />
        <Okpd2Picker
          id="okpd2"
          label={t('needs.fields.okpd2')}
          hint={t('needs.form.okpd2Hint')}
          value={form.values.okpd2}
          onChange={(code) => form.setValue('okpd2', code)}
          error={form.error('okpd2')}
          source={okpd2Source}
          showPath
          required
          suggestFrom={form.values.title}
        />
        <TextField
          {...form.field('replaces')}
          label={t('needs.fields.replaces')}
          hint={t('needs.form.replacesHint')}
          maxLength={500}
        />
        <TextareaField
          {...form.field('description')}
          onChange={(event) => form.setValue('description', event.target.value)}
          label={t('needs.fields.description')}
          hint={t('needs.form.descriptionHint')}
          rows={5}
          maxLength={10_000}
        />
        <TextField
          {...form.field('tnved')}
          label={t('needs.fields.tnved')}
          hint={t('needs.form.tnvedHint')}
          inputMode="numeric"
          maxLength={10}
          className="input-short"
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('needs.form.amountSection')}</legend>
        <div className="form-row">
          <TextField
            {...form.field('quantity')}
            {...decimal}
            label={t('needs.fields.quantity')}
            hint={t('needs.form.quantityHint')}
            required
          />
          <UnitSelect {...form.field('unit')} label={t('needs.fields.unit')} required />
        </div>
        <div className="form-row">
          <TextField
            {...form.field('targetUnitPrice')}
            {...decimal}
            label={t('needs.fields.targetUnitPrice')}
            hint={t('needs.form.priceHint')}
          />
          <TextField
            {...form.field('neededBy')}
            type="date"
            min={localToday()}
            label={t('needs.fields.neededBy')}
            required
          />
        </div>
        <RegionSelect
          {...form.field('deliveryRegionCode')}
          label={t('needs.fields.deliveryRegion')}
          placeholder={t('needs.form.regionPlaceholder')}
          required
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('needs.form.termsSection')}</legend>
        <CheckboxField
          {...checkbox('critical')}
          label={t('needs.fields.critical')}
          hint={t('needs.form.criticalHint')}
        />
        <CheckboxField
          {...checkbox('allowSplitAward')}
          label={t('needs.fields.allowSplitAward')}
          hint={t('needs.form.splitHint')}
        />
      </fieldset>
    </>
  );
}
