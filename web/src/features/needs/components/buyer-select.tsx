import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useBuyerOptions } from '../api/reference-api';

type BuyerSelectProps = Omit<ComponentProps<typeof SelectField>, 'children' | 'label'>;

/** A centre posts for enterprises of its own region; an administrator for any enterprise. */
export function BuyerSelect({ error, ...props }: BuyerSelectProps) {
  const { t } = useTranslation();
  const { user, organization } = useCurrentSession();
  const region = user.isAdmin ? undefined : organization.regionCode;
  const options = useBuyerOptions(region, true);
  const empty = options.isSuccess && options.data.length === 0;

  return (
    <SelectField
      {...props}
      label={t('needs.fields.buyer')}
      hint={user.isAdmin ? t('needs.form.buyerHintAdmin') : t('needs.form.buyerHintCenter')}
      error={
        error ??
        (options.isError
          ? problemMessage(t, options.error)
          : empty
            ? t('needs.form.noEnterprises')
            : undefined)
      }
      aria-busy={options.isPending || undefined}
      required
    >
      <option value="">{options.isPending ? t('app.loading') : t('needs.form.buyerPlaceholder')}</option>
      {options.data?.map((enterprise) => (
        <option key={enterprise.id} value={enterprise.id}>
          {enterprise.name}
          {enterprise.inn ? ` · ${t('needs.form.inn', { inn: enterprise.inn })}` : ''}
        </option>
      ))}
    </SelectField>
  );
}
