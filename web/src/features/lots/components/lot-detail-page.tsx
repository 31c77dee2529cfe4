import type { LotAwardResult, LotDetail } from '@zamena/shared/lots/lots.schemas';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusBadge } from '../../../components/ui/status-badge';
import { isApiError } from '../../../lib/api-client';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { regionName, useRegions } from '../../../lib/regions';
import { useLot } from '../api/lots-api';
import { LOT_STATUS_TONE } from '../utils/lot-format';
import { LotAwardForm } from './lot-award-form';
import { LotAwardSummaryView } from './lot-award-summary';
import { LotBidForm } from './lot-bid-form';
import { LotCreatedOrders } from './lot-created-orders';
import { LotBidsTable } from './lot-bids-table';
import { LotCoverage } from './lot-coverage';
import { LotLinesTable } from './lot-lines-table';
import { LotNeedsTable } from './lot-needs-table';
import { LotPublish } from './lot-publish';
import '../lots.css';

type LotDetailPageProps = { renderSections?: (lot: LotDetail) => ReactNode };

/**
 * A lot with its pooled needs; analysts publish drafts and award published lots' bids, manufacturers
 * bid on published lots; once awarded, everyone reads the award and each party its orders.
 */
export function LotDetailPage({ renderSections }: LotDetailPageProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { id = '' } = useParams();
  const { user, organization } = useCurrentSession();
  const analyst = user.isAdmin || organization.kind === 'association';
  const regions = useRegions();
  const query = useLot(id);
  // Kept here: the award turns the lot `awarded`, which replaces the form that made the orders.
  const [created, setCreated] = useState<LotAwardResult | null>(null);
  const nameOfCode = (code: string) => {
    const found = regions.data?.find((item) => item.code === code);
    return found ? regionName(found, language) : code;
  };

  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) {
    return isApiError(query.error) && query.error.status === 404 ? (
      <EmptyState
        heading={t('lots.detail.notFound')}
        actions={<Link to="/lots">{t('lots.detail.back')}</Link>}
      >
        <p>{t('lots.detail.notFoundBody')}</p>
      </EmptyState>
    ) : (
      <Alert tone="error">{problemMessage(t, query.error)}</Alert>
    );
  }
  const lot = query.data;
  const kind = `${lot.okpd2Kind} ${lot.okpd2KindName ?? ''}`.trim();
  const title = lot.productName || kind;
  const ownDemand = lot.needs.some((need) => need.buyer.id === organization.id);
  const bidder = !user.isAdmin && organization.kind === 'enterprise' && !ownDemand;

  return (
    <div className="page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <PageHeader
        title={title}
        eyebrow={<Link to="/lots">{t('lots.detail.back')}</Link>}
        lead={
          lot.productName
            ? t('lots.detail.kindLine', { code: lot.okpd2Kind, name: lot.okpd2KindName ?? '' })
            : undefined
        }
        actions={analyst && lot.status === 'draft' ? <LotPublish lotId={lot.id} /> : null}
      >
        <StatusBadge tone={LOT_STATUS_TONE[lot.status]}>{t(`lots.statuses.${lot.status}`)}</StatusBadge>
      </PageHeader>
      <section className="card" aria-label={t('lots.detail.facts')}>
        <dl className="lot-facts">
          <div>
            <dt>{t('lots.totalQuantity')}</dt>
            <dd>{formatQuantity(lot.totalQuantity, lot.unit, language)}</dd>
          </div>
          <div>
            <dt>{t('lots.totalValue')}</dt>
            <dd>
              {formatMoney(lot.totalValue, language)}
              <br />
              <span className="muted">
                {t('lots.pricedNeeds', { n: lot.pricedNeedsCount, total: lot.needsCount })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('lots.regionsCount', { n: lot.regionsCount })}</dt>
            <dd>{lot.regionCodes.map(nameOfCode).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('lots.buyers')}</dt>
            <dd>{lot.buyersCount}</dd>
          </div>
          <div>
            <dt>{t('lots.earliest')}</dt>
            <dd>{formatDate(lot.earliestNeededBy, language)}</dd>
          </div>
          <div>
            <dt>{t('lots.matchedCapacity')}</dt>
            <dd>
              {formatQuantity(lot.matchedCapacity, lot.unit, language)} · {t('lots.capabilities')}:{' '}
              {lot.capabilitiesCount}
            </dd>
          </div>
          <div>
            <dt>{t('lots.coverage')}</dt>
            <dd>
              <LotCoverage coverage={lot.coverage} />
            </dd>
          </div>
        </dl>
      </section>
      {lot.award ? <LotAwardSummaryView award={lot.award} unit={lot.unit} /> : null}
      {lot.lines.length > 0 ? (
        <section className="lot-section" aria-labelledby="lot-lines-heading" data-section="lot-lines">
          <h2 id="lot-lines-heading">{t('lots.detail.linesHeading')}</h2>
          <LotLinesTable lines={lot.lines} unit={lot.unit} />
        </section>
      ) : null}
      <section className="lot-section" aria-labelledby="lot-needs-heading">
        <h2 id="lot-needs-heading">{t('lots.detail.needsHeading')}</h2>
        <LotNeedsTable needs={lot.needs} nameOfCode={nameOfCode} />
      </section>
      {renderSections?.(lot)}
      {bidder && lot.status === 'published' ? <LotBidForm lot={lot} /> : null}
      {analyst || bidder ? (
        <LotBidsTable
          lotId={lot.id}
          unit={lot.unit}
          lines={lot.lines}
          withdrawable={bidder && lot.status === 'published'}
        />
      ) : null}
      {created ? <LotCreatedOrders result={created} unit={lot.unit} /> : null}
      {analyst && lot.status === 'published' && !created ? (
        <LotAwardForm lot={lot} onAwarded={setCreated} />
      ) : null}
    </div>
  );
}
