import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useCurrentSession } from '../../../lib/auth';
import { useNeed } from '../api/needs-api';
import { ownsNeed, postingRefusal } from '../utils/need-permissions';
import { BuyerCard } from './buyer-card';
import { NeedActions } from './need-actions';
import { NeedFacts } from './need-facts';
import { BidsSection, MatchedSuppliersSection } from './need-placeholders';
import { CriticalMark, NeedStatusBadge } from './need-status-badge';

type NeedDetailPageProps = {
  /**
   * Sections other features add below the need (matches, bids, messages). The route composes them,
   * since features never import each other; without them the page shows placeholders.
   */
  renderSections?: (need: Need) => ReactNode;
};

export function NeedDetailPage({ renderSections }: NeedDetailPageProps = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const need = useNeed(id);

  if (need.isPending) return <Spinner label={t('app.loading')} />;
  if (need.isError) {
    const missing = isApiError(need.error, 'not_found') || isApiError(need.error, 'validation_failed');
    return (
      <div className="page">
        <title>{`${t('needs.detail.notFound')} — ${t('app.name')}`}</title>
        <PageHeader title={missing ? t('needs.detail.notFound') : t('needs.detail.loadFailed')} />
        <Alert
          tone={missing ? 'info' : 'error'}
          action={
            missing ? undefined : (
              <Button variant="secondary" onClick={() => void need.refetch()}>
                {t('needs.retry')}
              </Button>
            )
          }
        >
          {missing ? t('needs.detail.notFoundBody') : problemMessage(t, need.error)}
        </Alert>
        <Link to="/needs">{t('needs.backToList')}</Link>
      </div>
    );
  }

  const data = need.data;
  const owner = ownsNeed(session, data);
  const blocked = owner && postingRefusal(session) === 'centerNotVerified';

  return (
    <div className="page">
      <title>{`${data.title} — ${t('app.name')}`}</title>
      <p>
        <Link to="/needs">← {t('needs.backToList')}</Link>
      </p>
      <PageHeader eyebrow={t('needs.detail.eyebrow')} title={data.title}>
        <p className="page-header-meta">
          <NeedStatusBadge status={data.status} /> {data.critical ? <CriticalMark /> : null}
        </p>
      </PageHeader>
      {owner && !blocked ? <NeedActions need={data} onReload={() => void need.refetch()} /> : null}
      {blocked ? <Alert tone="info">{t('needs.centerNotVerified')}</Alert> : null}
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card" aria-labelledby="need-description-heading">
            <h2 id="need-description-heading">{t('needs.fields.description')}</h2>
            {data.description ? (
              <p className="description">{data.description}</p>
            ) : (
              <p className="muted">{t('needs.detail.noDescription')}</p>
            )}
          </section>
          <NeedFacts need={data} />
          {renderSections ? null : (
            <>
              <MatchedSuppliersSection />
              <BidsSection />
            </>
          )}
        </div>
        <aside className="detail-side" aria-label={t('needs.detail.buyer')}>
          <BuyerCard need={data} />
        </aside>
      </div>
      {renderSections ? <div className="detail-sections">{renderSections(data)}</div> : null}
    </div>
  );
}
