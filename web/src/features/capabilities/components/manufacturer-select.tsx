import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useManufacturerOptions } from '../api/reference-api';

type ManufacturerSelectProps = Omit<ComponentProps<typeof SelectField>, 'children' | 'label'>;

/** For an administrator posting on behalf of an enterprise. */
export function ManufacturerSelect({ error, ...props }: ManufacturerSelectProps) {
  const { t } = useTranslation();
  const options = useManufacturerOptions(true);
  return (
    <SelectField
      {...props}
      label={t('capabilities.fields.manufacturer')}
      error={error ?? (options.isError ? problemMessage(t, options.error) : undefined)}
      aria-busy={options.isPending || undefined}
      required
    >
      <option value="">
        {options.isPending ? t('app.loading') : t('capabilities.form.manufacturerPlaceholder')}
      </option>
      {options.data?.map((enterprise) => (
        <option key={enterprise.id} value={enterprise.id}>
          {enterprise.name}
        </option>
      ))}
    </SelectField>
  );
}
