import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TagInput } from '../../../components/ui/tag-input';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { UnitSelect } from '../../../components/ui/unit-select';
import type { useValidatedForm } from '../../../lib/use-validated-form';
import { splitList } from '../../../lib/split-list';
import { joinCodes, joinLines, type CapabilityFormValues } from '../utils/capability-form-values';
import { DeliveryRegionsField } from './delivery-regions-field';
import { Okpd2CodesField } from './okpd2-codes-field';

export type CapabilityFormState = Pick<
  ReturnType<typeof useValidatedForm<CapabilityFormValues, z.ZodType>>,
  'values' | 'field' | 'setValue' | 'error'
>;

const decimal = { inputMode: 'decimal', autoComplete: 'off', spellCheck: false } as const;

type CapabilityFormFieldsProps = { form: CapabilityFormState; regionsError?: string | undefined };

export function CapabilityFormFields({ form, regionsError }: CapabilityFormFieldsProps) {
  const { t } = useTranslation();
  const { values } = form;

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('capabilities.form.whatSection')}</legend>
        <TextField
          {...form.field('title')}
          label={t('capabilities.fields.title')}
          hint={t('capabilities.form.titleHint')}
          maxLength={300}
          required
        />
        <Okpd2CodesField
          codes={splitList(values.okpd2, ',')}
          onChange={(codes) => form.setValue('okpd2', joinCodes(codes))}
          error={form.error('okpd2')}
          suggestFrom={values.title}
        />
        <TextareaField
          {...form.field('description')}
          onChange={(event) => form.setValue('description', event.target.value)}
          label={t('capabilities.fields.description')}
          hint={t('capabilities.form.descriptionHint')}
          rows={5}
          maxLength={10_000}
        />
        <TagInput
          id="analogues"
          label={t('capabilities.fields.analogues')}
          hint={t('capabilities.form.analoguesHint')}
          values={splitList(values.analogues, '\n')}
          onChange={(list) => form.setValue('analogues', joinLines(list))}
          error={form.error('analogues')}
          addLabel={t('capabilities.form.addAnalogue')}
          removeLabel={(value) => t('capabilities.form.removeAnalogue', { value })}
          maxLength={200}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('capabilities.form.capacitySection')}</legend>
        <div className="form-row">
          <TextField
            {...form.field('monthlyCapacity')}
            {...decimal}
            label={t('capabilities.fields.monthlyCapacity')}
            hint={t('capabilities.form.capacityHint')}
            required
          />
          <UnitSelect {...form.field('unit')} label={t('capabilities.fields.unit')} required />
        </div>
        <div className="form-row">
          <TextField
            {...form.field('minOrderQuantity')}
            {...decimal}
            label={t('capabilities.fields.minOrderQuantity')}
            hint={t('capabilities.form.minOrderHint')}
          />
          <TextField
            {...form.field('leadTimeDays')}
            inputMode="numeric"
            autoComplete="off"
            label={t('capabilities.fields.leadTimeDays')}
            hint={t('capabilities.form.leadTimeHint')}
            required
          />
        </div>
        <DeliveryRegionsField
          mode={values.deliveryMode}
          codes={splitList(values.deliveryRegionCodes, ',')}
          onModeChange={(mode) => form.setValue('deliveryMode', mode)}
          onCodesChange={(codes) => form.setValue('deliveryRegionCodes', joinCodes(codes))}
          error={regionsError ?? form.error('deliveryRegionCodes')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('capabilities.form.localizationSection')}</legend>
        <p className="field-hint section-hint">{t('capabilities.form.localizationHint')}</p>
        <div className="form-row">
          <TextField
            {...form.field('pp719RegistryNumber')}
            label={t('capabilities.fields.pp719RegistryNumber')}
            maxLength={50}
            autoComplete="off"
          />
          <TextField
            {...form.field('pp719ValidUntil')}
            type="date"
            label={t('capabilities.fields.pp719ValidUntil')}
          />
        </div>
      </fieldset>
    </>
  );
}
