import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useRegionName } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useDeclareResidency, useResidencies, useSites, useWithdrawResidency } from '../api/sites-api';
import '../sites.css';

const TONE = { pending: 'warning', verified: 'success', refused: 'danger' } as const;

/** The owner declares the organization a resident of a site; the association verifies it. */
export function ResidencySection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const residencies = useResidencies(organizationId);
  const sites = useSites({});
  const declare = useDeclareResidency();
  const withdraw = useWithdrawResidency();
  const [siteId, setSiteId] = useState('');
  const items = residencies.data?.items ?? [];

  return (
    <section className="card settings-section" aria-labelledby="residency-heading">
      <h2 id="residency-heading">{t('sites.residency.heading')}</h2>
      <p className="muted">{t('sites.residency.lead')}</p>
      {items.length > 0 ? (
        <ul className="residency-list">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                {item.site.name} · {regionName(item.site.regionCode)}{' '}
                <StatusBadge tone={TONE[item.status]}>
                  {t(`sites.residencyStatuses.${item.status}`)}
                </StatusBadge>
                {item.reason ? <span className="muted"> {item.reason}</span> : null}
              </span>
              <Button
                variant="ghost"
                className="button-small"
                busy={withdraw.isPending}
                aria-label={t('sites.residency.withdrawNamed', { name: item.site.name })}
                onClick={() => withdraw.mutate(item.id)}
              >
                {t('sites.residency.withdraw')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="residency-actions"
        onSubmit={(event) => {
          event.preventDefault();
          if (siteId) declare.mutate(siteId, { onSuccess: () => setSiteId('') });
        }}
      >
        <SelectField
          id="residency-site"
          label={t('sites.residency.site')}
          value={siteId}
          onChange={(event) => setSiteId(event.target.value)}
        >
          <option value="">{t('sites.residency.chooseSite')}</option>
          {(sites.data?.items ?? []).map((site) => (
            <option key={site.id} value={site.id}>
              {site.name} ({regionName(site.regionCode)})
            </option>
          ))}
        </SelectField>
        <Button type="submit" busy={declare.isPending} disabled={!siteId}>
          {t('sites.residency.declare')}
        </Button>
      </form>
      {declare.isError ? <Alert tone="error">{problemMessage(t, declare.error)}</Alert> : null}
      {withdraw.isError ? <Alert tone="error">{problemMessage(t, withdraw.error)}</Alert> : null}
    </section>
  );
}

/** Verified residencies on the organization's public profile (others see only verified ones). */
export function VerifiedResidencies({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const residencies = useResidencies(organizationId);
  const verified = (residencies.data?.items ?? []).filter((item) => item.status === 'verified');
  if (verified.length === 0) return null;
  return (
    <section className="card" aria-labelledby="verified-residency-heading">
      <h2 id="verified-residency-heading">{t('sites.residency.profileHeading')}</h2>
      <ul className="plain-list">
        {verified.map((item) => (
          <li key={item.id}>
            {item.site.name} · {regionName(item.site.regionCode)}{' '}
            <StatusBadge tone="success">{t('sites.residencyStatuses.verified')}</StatusBadge>
          </li>
        ))}
      </ul>
    </section>
  );
}
