import { createSiteSchema, SITE_KINDS, type Site, type SiteKind } from '@zamena/shared/sites/sites.schemas';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { RegionSelect } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useSaveSite } from '../api/sites-api';
import { splitList } from '../../../lib/split-list';

const PATHS = {
  name: 'name',
  kind: 'kind',
  regionCode: 'regionCode',
  lat: 'lat',
  lon: 'lon',
  okpd2Prefixes: 'okpd2Prefixes',
  benefits: 'benefits',
  sourceUrl: 'sourceUrl',
} as const;

/** Coordinates typed with a comma or a dot; what is not a number goes on for the schema to refuse. */
const coordinate = (value: string) => (value.trim() === '' ? NaN : Number(value.replace(',', '.')));

/** Create or edit a site; the same shared schema checks the form and the API. */
export function SiteForm({ site, onDone }: { site?: Site; onDone: () => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveSite();
  const form = useValidatedForm({
    schema: createSiteSchema,
    initial: {
      name: site?.name ?? '',
      kind: site?.kind ?? 'technopark',
      regionCode: site?.regionCode ?? '',
      lat: site ? String(site.lat) : '',
      lon: site ? String(site.lon) : '',
      okpd2Prefixes: site?.okpd2Prefixes.join(', ') ?? '',
      benefits: site?.benefits ?? '',
      sourceUrl: site?.sourceUrl ?? '',
    },
    paths: PATHS,
    toInput: (values) => ({
      name: values.name,
      kind: values.kind as SiteKind,
      regionCode: values.regionCode,
      lat: coordinate(values.lat),
      lon: coordinate(values.lon),
      okpd2Prefixes: splitList(values.okpd2Prefixes),
      benefits: values.benefits,
      sourceUrl: values.sourceUrl.trim() || null,
      active: site?.active ?? true,
    }),
    formRef,
  });

  const submit = form.handleSubmit((input) =>
    save.mutate({ id: site?.id, input }, { onSuccess: onDone, onError: (e) => form.showServerErrors(e) }),
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="card site-form">
      <h2>{site ? t('sites.form.editHeading') : t('sites.form.createHeading')}</h2>
      {form.hasErrors ? <Alert tone="error">{t('sites.form.invalid')}</Alert> : null}
      <TextField {...form.field('name')} label={t('sites.form.name')} />
      <SelectField
        id="kind"
        label={t('sites.form.kind')}
        value={form.values.kind}
        onChange={(event) => form.setValue('kind', event.target.value)}
      >
        {SITE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`sites.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <RegionSelect
        id="regionCode"
        label={t('sites.form.region')}
        placeholder={t('sites.form.chooseRegion')}
        value={form.values.regionCode}
        error={form.error('regionCode')}
        onChange={(event) => form.setValue('regionCode', event.target.value)}
      />
      <div className="site-form-coordinates">
        <TextField {...form.field('lat')} label={t('sites.form.lat')} inputMode="decimal" />
        <TextField {...form.field('lon')} label={t('sites.form.lon')} inputMode="decimal" />
      </div>
      <TextField
        {...form.field('okpd2Prefixes')}
        label={t('sites.form.okpd2Prefixes')}
        hint={t('sites.form.okpd2Hint')}
      />
      <TextareaField
        id="benefits"
        label={t('sites.form.benefits')}
        value={form.values.benefits}
        error={form.error('benefits')}
        onChange={(event) => form.setValue('benefits', event.target.value)}
        rows={3}
      />
      <TextField {...form.field('sourceUrl')} label={t('sites.form.sourceUrl')} type="url" />
      {save.isError && !form.hasErrors ? <Alert tone="error">{problemMessage(t, save.error)}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {t('sites.form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('sites.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
