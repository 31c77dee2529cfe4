import {
  createSubscriptionSchema,
  NO_CRITERIA_MESSAGE,
  type Subscription,
  type SubscriptionInput,
} from '@zamena/shared/subscriptions/subscriptions.schemas';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { DistrictSelect } from '../../../components/ui/district-select';
import { Okpd2Picker } from '../../../components/ui/okpd2-picker';
import { useOkpd2Names } from '../../../components/ui/okpd2-source';
import { RegionSelect } from '../../../components/ui/region-select';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useRegions } from '../../../lib/regions';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { okpd2Source } from '../../../lib/okpd2-api';
import { useCreateSubscription, useUpdateSubscription } from '../api/subscriptions-api';
import { splitList } from '../../../lib/split-list';
import { addToList, districtLabel, regionLabel, removeFromList } from '../utils/criteria-labels';
import { ChosenList } from './chosen-list';

const PATHS = {
  okpd2Prefixes: 'okpd2Prefixes',
  regionCodes: 'regionCodes',
  districts: 'districts',
  words: 'words',
  digest: 'digest',
} as const;

export type SubscriptionDraft = Pick<
  SubscriptionInput,
  'okpd2Prefixes' | 'regionCodes' | 'districts' | 'words'
>;

type SubscriptionFormProps = {
  subscription?: Subscription;
  /** A saved search: the needs list's filters. */
  draft?: SubscriptionDraft;
  onDone: (saved?: Subscription) => void;
};

/** Create or edit a subscription; the shared schema checks the form and the API alike. */
export function SubscriptionForm({ subscription, draft, onDone }: SubscriptionFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateSubscription();
  const update = useUpdateSubscription();
  const saving = subscription ? update : create;
  const regions = useRegions();
  const start = subscription ?? draft;
  const form = useValidatedForm({
    schema: createSubscriptionSchema,
    initial: {
      okpd2Prefixes: start?.okpd2Prefixes?.join(',') ?? '',
      regionCodes: start?.regionCodes?.join(',') ?? '',
      districts: start?.districts?.join(',') ?? '',
      words: start?.words ?? '',
      digest: subscription?.digest ?? 'daily',
    },
    paths: PATHS,
    toInput: (values) => ({
      okpd2Prefixes: splitList(values.okpd2Prefixes),
      regionCodes: splitList(values.regionCodes),
      districts: splitList(values.districts) as SubscriptionInput['districts'],
      words: values.words,
      digest: values.digest as SubscriptionInput['digest'],
    }),
    formRef,
  });
  const codes = splitList(form.values.okpd2Prefixes);
  const okpd2Names = useOkpd2Names(okpd2Source, codes);
  const criteriaError = form.error('okpd2Prefixes');

  const submit = form.handleSubmit((data) => {
    const onError = (error: unknown) => form.showServerErrors(error);
    if (subscription)
      update.mutate({ id: subscription.id, changes: data }, { onSuccess: (saved) => onDone(saved), onError });
    else create.mutate(data, { onSuccess: (saved) => onDone(saved), onError });
  });
  const add = (name: 'okpd2Prefixes' | 'regionCodes' | 'districts', item: string) =>
    form.setValue(name, addToList(form.values[name], item));
  const remove = (name: 'okpd2Prefixes' | 'regionCodes' | 'districts') => (item: string) =>
    form.setValue(name, removeFromList(form.values[name], item));
  const removeLabel = (label: string) => t('subscriptions.form.remove', { label });

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="card subscription-form">
      <h2>{subscription ? t('subscriptions.form.editHeading') : t('subscriptions.form.createHeading')}</h2>
      <p className="muted">{t('subscriptions.form.lead')}</p>
      {form.hasErrors ? <Alert tone="error">{t('subscriptions.form.invalid')}</Alert> : null}
      <Okpd2Picker
        id="okpd2Prefixes"
        label={t('subscriptions.form.okpd2')}
        hint={t('subscriptions.form.okpd2Hint')}
        error={criteriaError === NO_CRITERIA_MESSAGE ? t('subscriptions.form.noCriteria') : criteriaError}
        value=""
        onChange={(code) => add('okpd2Prefixes', code)}
        source={okpd2Source}
      />
      <ChosenList
        items={codes.map((code) => ({ value: code, label: `${code} ${okpd2Names.get(code) ?? ''}`.trim() }))}
        onRemove={remove('okpd2Prefixes')}
        removeLabel={removeLabel}
      />
      <div className="subscription-form-places">
        <div>
          <RegionSelect
            id="regionCodes"
            label={t('subscriptions.form.regions')}
            placeholder={t('subscriptions.form.addRegion')}
            value=""
            error={form.error('regionCodes')}
            onChange={(event) => add('regionCodes', event.target.value)}
          />
          <ChosenList
            items={splitList(form.values.regionCodes).map((code) => ({
              value: code,
              label: regionLabel(code, regions.data, language),
            }))}
            onRemove={remove('regionCodes')}
            removeLabel={removeLabel}
          />
        </div>
        <div>
          <DistrictSelect
            id="districts"
            label={t('subscriptions.form.districts')}
            placeholder={t('subscriptions.form.addDistrict')}
            value=""
            error={form.error('districts')}
            onChange={(district) => add('districts', district)}
          />
          <ChosenList
            items={splitList(form.values.districts).map((district) => ({
              value: district,
              label: districtLabel(t, district),
            }))}
            onRemove={remove('districts')}
            removeLabel={removeLabel}
          />
        </div>
      </div>
      <TextField
        {...form.field('words')}
        label={t('subscriptions.form.words')}
        hint={t('subscriptions.form.wordsHint')}
        maxLength={200}
      />
      <CheckboxField
        id="digest"
        label={t('subscriptions.form.digest')}
        hint={t('subscriptions.form.digestHint')}
        checked={form.values.digest === 'daily'}
        onChange={(event) => form.setValue('digest', event.target.checked ? 'daily' : 'off')}
      />
      {saving.isError && !form.hasErrors ? (
        <Alert tone="error">{problemMessage(t, saving.error)}</Alert>
      ) : null}
      <div className="subscription-form-actions">
        <Button type="submit" busy={saving.isPending}>
          {t('subscriptions.form.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('subscriptions.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
