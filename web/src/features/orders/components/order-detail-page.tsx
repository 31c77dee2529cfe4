import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDate, formatDateTime, formatMoney, formatQuantity } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { useRegionName } from '../../../components/ui/region-select';
import { Spinner } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useCurrentSession } from '../../../lib/auth';
import { useOrder } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';
import { OrderAgreedTerms } from './order-agreed-terms';
import { OrderDeliveries } from './order-deliveries';
import { OrderPartyCard } from './order-party-card';
import { OrderRating } from './order-rating';
import { OrderStatusBadge } from './order-status-badge';
import { OrderTimeline } from './order-timeline';
import { OrderTransitions } from './order-transitions';
import '../orders.css';

/**
 * An order: its terms, what the user may do next, the deliveries, the rating after completion, the
 * timeline, and both sides' contacts.
 */
export function OrderDetailPage({
  renderSections,
}: {
  /** Sections other features add below the order's own (composed in app/routes). */
  renderSections?: (order: OrderDetail) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const regionName = useRegionName();
  const order = useOrder(id);

  if (order.isPending) return <Spinner label={t('app.loading')} />;
  if (order.isError) {
    const missing = isApiError(order.error, 'not_found') || isApiError(order.error, 'validation_failed');
    return (
      <div className="page">
        <title>{`${t('orders.detail.notFound')} — ${t('app.name')}`}</title>
        <PageHeader title={missing ? t('orders.detail.notFound') : t('orders.detail.loadFailed')} />
        <Alert
          tone={missing ? 'info' : 'error'}
          action={
            missing ? undefined : (
              <Button variant="secondary" onClick={() => void order.refetch()}>
                {t('orders.retry')}
              </Button>
            )
          }
        >
          {missing ? t('orders.detail.notFoundBody') : orderProblemMessage(t, order.error)}
        </Alert>
        <Link to="/orders">{t('orders.backToList')}</Link>
      </div>
    );
  }

  const data = order.data;
  const me = session.organization.id;
  return (
    <div className="page order-page">
      <title>{`${t('orders.number', { number: data.id.slice(0, 8) })}: ${data.need.title} — ${t('app.name')}`}</title>
      <p className="order-screen-only">
        <Link to="/orders">← {t('orders.backToList')}</Link>
      </p>
      <PageHeader
        eyebrow={t('orders.number', { number: data.id.slice(0, 8) })}
        title={data.need.title}
        actions={
          <Button variant="secondary" className="order-screen-only" onClick={() => window.print()}>
            {t('orders.detail.print')}
          </Button>
        }
      >
        <p className="page-header-meta">
          <OrderStatusBadge status={data.status} />
          <span className="muted">
            {t('orders.detail.createdAt', { date: formatDateTime(data.createdAt, language) })}
          </span>
        </p>
      </PageHeader>
      <div className="detail-grid">
        <div className="detail-main">
          <div className="order-screen-only">
            <OrderTransitions order={data} />
          </div>
          <section className="card" aria-labelledby="order-terms-heading">
            <h2 id="order-terms-heading">{t('orders.detail.terms')}</h2>
            <dl className="details">
              <div>
                <dt>{t('orders.detail.need')}</dt>
                <dd>
                  <Link to={`/needs/${data.needId}`}>{data.need.title}</Link>{' '}
                  <span className="mono muted">{data.need.okpd2}</span>
                </dd>
              </div>
              <div>
                <dt>{t('orders.columns.quantity')}</dt>
                <dd>{formatQuantity(data.quantity, data.need.unit, language)}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.unitPrice')}</dt>
                <dd>{formatMoney(data.unitPrice, language)}</dd>
              </div>
              <div>
                <dt>{t('orders.columns.total')}</dt>
                <dd>{formatMoney(data.total, language)}</dd>
              </div>
              <OrderAgreedTerms order={data} />
              <div>
                <dt>{t('orders.detail.neededBy')}</dt>
                <dd>{formatDate(data.need.neededBy, language)}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.deliveryRegion')}</dt>
                <dd>{regionName(data.need.deliveryRegionCode)}</dd>
              </div>
              {data.protocolId ? (
                <div>
                  <dt>{t('orders.detail.protocol')}</dt>
                  <dd>
                    <Link to={`/protocols/${data.protocolId}`}>
                      {data.protocolNumber
                        ? t('orders.detail.protocolNumber', { number: data.protocolNumber })
                        : t('orders.detail.openProtocol')}
                    </Link>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
          <OrderDeliveries order={data} />
          <OrderRating order={data} />
          <OrderTimeline order={data} />
          <div className="order-screen-only">{renderSections?.(data)}</div>
        </div>
        <aside className="detail-side" aria-label={t('orders.detail.parties')}>
          <OrderPartyCard
            role="buyer"
            organization={data.buyer}
            contacts={data.buyerContacts}
            you={data.buyerOrganizationId === me || data.postedByOrganizationId === me}
          />
          <OrderPartyCard
            role="supplier"
            organization={data.supplier}
            contacts={data.supplierContacts}
            you={data.supplierOrganizationId === me}
          />
        </aside>
      </div>
    </div>
  );
}
