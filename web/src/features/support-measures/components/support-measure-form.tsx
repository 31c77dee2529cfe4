import {
  createSupportMeasureSchema,
  SUPPORT_MEASURE_TYPES,
  type SupportMeasure,
  type SupportMeasureType,
} from '@zamena/shared/support-measures/support-measures.schemas';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useCreateSupportMeasure, useUpdateSupportMeasure } from '../api/support-measures-api';
import { splitList } from '../../../lib/split-list';

const PATHS = {
  name: 'name',
  operator: 'operator',
  description: 'description',
  type: 'type',
  maxAmount: 'maxAmount',
  okpd2Prefixes: 'okpd2Prefixes',
  regionCodes: 'regionCodes',
  url: 'url',
  active: 'active',
} as const;

type SupportMeasureFormProps = { measure?: SupportMeasure; onDone: () => void };

/** Create or edit a measure; the same shared schema checks the form and the API. */
export function SupportMeasureForm({ measure, onDone }: SupportMeasureFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateSupportMeasure();
  const update = useUpdateSupportMeasure();
  const saving = measure ? update : create;
  const form = useValidatedForm({
    schema: createSupportMeasureSchema,
    initial: {
      name: measure?.name ?? '',
      operator: measure?.operator ?? '',
      description: measure?.description ?? '',
      type: measure?.type ?? 'subsidy',
      maxAmount: measure?.maxAmount ?? '',
      okpd2Prefixes: measure?.okpd2Prefixes.join(', ') ?? '',
      regionCodes: measure?.regionCodes.join(', ') ?? '',
      url: measure?.url ?? '',
      active: measure && !measure.active ? 'false' : 'true',
    },
    paths: PATHS,
    toInput: (values) => ({
      name: values.name,
      operator: values.operator,
      description: values.description,
      type: values.type as SupportMeasureType,
      maxAmount: values.maxAmount.trim() || null,
      okpd2Prefixes: splitList(values.okpd2Prefixes),
      regionCodes: splitList(values.regionCodes),
      url: values.url.trim() || null,
      active: values.active === 'true',
    }),
    formRef,
  });

  const submit = form.handleSubmit((data) => {
    const onError = (error: unknown) => form.showServerErrors(error);
    if (measure) update.mutate({ id: measure.id, changes: data }, { onSuccess: onDone, onError });
    else create.mutate(data, { onSuccess: onDone, onError });
  });

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="card support-measure-form">
      <h2>{measure ? t('supportMeasures.form.editHeading') : t('supportMeasures.form.createHeading')}</h2>
      {form.hasErrors ? <Alert tone="error">{t('supportMeasures.form.invalid')}</Alert> : null}
      <TextField {...form.field('name')} label={t('supportMeasures.form.name')} />
      <TextField {...form.field('operator')} label={t('supportMeasures.form.operator')} />
      <TextareaField
        id="description"
        label={t('supportMeasures.form.description')}
        value={form.values.description}
        error={form.error('description')}
        onChange={(event) => form.setValue('description', event.target.value)}
        rows={3}
      />
      <SelectField
        id="type"
        label={t('supportMeasures.form.type')}
        value={form.values.type}
        error={form.error('type')}
        onChange={(event) => form.setValue('type', event.target.value)}
      >
        {SUPPORT_MEASURE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`supportMeasures.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        {...form.field('maxAmount')}
        label={t('supportMeasures.form.maxAmount')}
        inputMode="decimal"
      />
      <TextField
        {...form.field('okpd2Prefixes')}
        label={t('supportMeasures.form.okpd2Prefixes')}
        hint={t('supportMeasures.form.okpd2Hint')}
      />
      <TextField
        {...form.field('regionCodes')}
        label={t('supportMeasures.form.regionCodes')}
        hint={t('supportMeasures.form.regionHint')}
      />
      <TextField {...form.field('url')} label={t('supportMeasures.form.url')} type="url" />
      <CheckboxField
        id="active"
        label={t('supportMeasures.form.active')}
        checked={form.values.active === 'true'}
        onChange={(event) => form.setValue('active', event.target.checked ? 'true' : 'false')}
      />
      {saving.isError && !form.hasErrors ? (
        <Alert tone="error">{problemMessage(t, saving.error)}</Alert>
      ) : null}
      <div className="support-measure-form-actions">
        <Button type="submit" busy={saving.isPending}>
          {t('supportMeasures.form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('supportMeasures.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
