import { SITE_KINDS, type Site, type SiteKind } from '@zamena/shared/sites/sites.schemas';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { RegionSelect, useRegionName } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useSaveSite, useSites } from '../api/sites-api';
import { SiteForm } from './site-form';
import '../sites.css';

type Editing = { site?: Site } | null;

/** The association keeps the sites: add, edit, deactivate (never delete: residencies point at them). */
export function SitesAdminPage({ tabs }: { tabs?: ReactNode }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const [kind, setKind] = useState<SiteKind | ''>('');
  const [region, setRegion] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useSites({ kind: kind || undefined, region: region || undefined, includeInactive });
  const toggle = useSaveSite();

  return (
    <div className="page">
      <title>{`${t('sites.title')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('console.nav')}
        title={t('sites.title')}
        lead={t('sites.lead')}
        actions={editing ? null : <Button onClick={() => setEditing({})}>{t('sites.create')}</Button>}
      />
      {tabs}
      {editing ? (
        <SiteForm key={editing.site?.id ?? 'new'} site={editing.site} onDone={() => setEditing(null)} />
      ) : null}
      <div className="site-filters">
        <SelectField
          id="site-kind"
          label={t('sites.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as SiteKind | '')}
        >
          <option value="">{t('sites.allKinds')}</option>
          {SITE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`sites.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <RegionSelect
          id="site-region"
          label={t('sites.region')}
          placeholder={t('sites.allRegions')}
          value={region}
          onChange={(event) => setRegion(event.target.value)}
        />
        <CheckboxField
          id="site-inactive"
          label={t('sites.showInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.target.checked)}
        />
      </div>
      {toggle.isError ? <Alert tone="error">{problemMessage(t, toggle.error)}</Alert> : null}
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? <Alert tone="error">{problemMessage(t, list.error)}</Alert> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState heading={t('sites.empty')} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <DataTable<Site>
          caption={t('sites.caption')}
          rows={list.data.items}
          rowKey={(site) => site.id}
          columns={[
            {
              key: 'name',
              header: t('sites.name'),
              label: t('sites.name'),
              cell: (site) =>
                site.sourceUrl ? (
                  <a href={site.sourceUrl} target="_blank" rel="noreferrer">
                    {site.name}
                  </a>
                ) : (
                  site.name
                ),
            },
            {
              key: 'kind',
              header: t('sites.kind'),
              label: t('sites.kind'),
              cell: (site) => t(`sites.kindsShort.${site.kind}`),
              className: 'site-kind',
            },
            {
              key: 'region',
              header: t('sites.region'),
              label: t('sites.region'),
              cell: (site) => regionName(site.regionCode),
            },
            {
              key: 'okpd2',
              header: t('sites.specialization'),
              label: t('sites.specialization'),
              cell: (site) => site.okpd2Prefixes.join(', ') || t('sites.anyGoods'),
            },
            {
              key: 'status',
              header: t('sites.status'),
              label: t('sites.status'),
              cell: (site) => (
                <StatusBadge tone={site.active ? 'success' : 'neutral'}>
                  {site.active ? t('sites.active') : t('sites.inactive')}
                </StatusBadge>
              ),
            },
            {
              key: 'actions',
              header: t('sites.actions'),
              label: t('sites.actions'),
              cell: (site) => (
                <div className="residency-actions">
                  <Button
                    variant="secondary"
                    className="button-small"
                    aria-label={t('sites.editNamed', { name: site.name })}
                    onClick={() => setEditing({ site })}
                  >
                    {t('sites.edit')}
                  </Button>
                  <Button
                    variant="ghost"
                    className="button-small"
                    busy={toggle.isPending}
                    aria-label={t(site.active ? 'sites.deactivateNamed' : 'sites.activateNamed', {
                      name: site.name,
                    })}
                    onClick={() => toggle.mutate({ id: site.id, input: { active: !site.active } })}
                  >
                    {site.active ? t('sites.deactivate') : t('sites.activate')}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
