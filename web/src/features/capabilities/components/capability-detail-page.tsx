import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useRegionName } from '../../../components/ui/region-select';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useCurrentSession } from '../../../lib/auth';
import { useCapability } from '../api/capabilities-api';
import { ownsCapability } from '../utils/capability-permissions';
import { CapabilityActions } from './capability-actions';
import { ActiveBadge } from './capability-badges';
import { CapabilityFacts } from './capability-facts';
import { FittingNeedsSection } from './fitting-needs-section';

type CapabilityDetailPageProps = {
  /** Sections other features add (the needs that fit), composed by the route; a placeholder without them. */
  renderSections?: (capability: Capability) => ReactNode;
};

export function CapabilityDetailPage({ renderSections }: CapabilityDetailPageProps = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const capability = useCapability(id);
  const regionName = useRegionName();

  if (capability.isPending) return <Spinner label={t('app.loading')} />;
  if (capability.isError) {
    const missing =
      isApiError(capability.error, 'not_found') || isApiError(capability.error, 'validation_failed');
    return (
      <div className="page">
        <title>{`${t('capabilities.detail.notFound')} — ${t('app.name')}`}</title>
        <PageHeader
          title={missing ? t('capabilities.detail.notFound') : t('capabilities.detail.loadFailed')}
        />
        <Alert
          tone={missing ? 'info' : 'error'}
          action={
            missing ? undefined : (
              <Button variant="secondary" onClick={() => void capability.refetch()}>
                {t('capabilities.retry')}
              </Button>
            )
          }
        >
          {missing ? t('capabilities.detail.notFoundBody') : problemMessage(t, capability.error)}
        </Alert>
        <Link to="/capabilities">{t('capabilities.backToList')}</Link>
      </div>
    );
  }

  const data = capability.data;
  const { manufacturer } = data;
  return (
    <div className="page">
      <title>{`${data.title} — ${t('app.name')}`}</title>
      <p>
        <Link to="/capabilities">← {t('capabilities.backToList')}</Link>
      </p>
      <PageHeader eyebrow={t('capabilities.detail.eyebrow')} title={data.title}>
        <p className="page-header-meta">
          <ActiveBadge active={data.active} />
        </p>
      </PageHeader>
      {ownsCapability(session, data) ? (
        <CapabilityActions capability={data} onReload={() => void capability.refetch()} />
      ) : null}
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card" aria-labelledby="capability-description-heading">
            <h2 id="capability-description-heading">{t('capabilities.fields.description')}</h2>
            {data.description ? (
              <p className="description">{data.description}</p>
            ) : (
              <p className="muted">{t('capabilities.detail.noDescription')}</p>
            )}
          </section>
          <CapabilityFacts capability={data} />
          {renderSections ? renderSections(data) : <FittingNeedsSection />}
        </div>
        <aside className="detail-side" aria-label={t('capabilities.detail.manufacturer')}>
          <section className="card" aria-labelledby="capability-maker-heading">
            <p className="eyebrow" id="capability-maker-heading">
              {t('capabilities.detail.manufacturer')}
            </p>
            <h2 className="organization-name">{manufacturer.name}</h2>
            <p>
              <StatusBadge tone={manufacturer.verified ? 'success' : 'warning'}>
                {manufacturer.verified
                  ? t('capabilities.detail.verified')
                  : t('capabilities.detail.notVerified')}
              </StatusBadge>
            </p>
            <p className="muted">{regionName(manufacturer.regionCode)}</p>
          </section>
        </aside>
      </div>
    </div>
  );
}
