import type { ProtocolLanguage } from '@zamena/shared/protocols/protocols.schemas';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDate, formatDateTime, formatMoney, formatQuantity } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { useRegionName } from '../../../components/ui/region-select';
import { Spinner } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { problemMessage } from '../../../i18n/problem-message';
import { useDownloadProtocolPdf, useProtocol } from '../api/protocols-api';
import { ProtocolBidsTable } from './protocol-bids-table';
import '../protocols.css';

/**
 * A selection protocol: the comparison frozen when the bid was accepted, the winner, the reason and who
 * decided. Printable as it is (protocols.css hides the navigation on paper) or as the server's PDF.
 */
export function ProtocolPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { id = '' } = useParams();
  const regionName = useRegionName();
  const protocol = useProtocol(id);
  const download = useDownloadProtocolPdf();

  if (protocol.isPending) return <Spinner label={t('app.loading')} />;
  if (protocol.isError) {
    const missing =
      isApiError(protocol.error, 'not_found') || isApiError(protocol.error, 'validation_failed');
    return (
      <div className="page">
        <title>{`${t('protocols.notFound')} — ${t('app.name')}`}</title>
        <PageHeader title={missing ? t('protocols.notFound') : t('protocols.loadFailed')} />
        <Alert tone={missing ? 'info' : 'error'}>
          {missing ? t('protocols.notFoundBody') : problemMessage(t, protocol.error)}
        </Alert>
      </div>
    );
  }

  const data = protocol.data;
  const { need, bids, decidedBy } = data.snapshot;
  const winner = bids.find((bid) => bid.winner);
  const pdfLanguage: ProtocolLanguage = language === 'en' ? 'en' : 'ru';
  return (
    <div className="page protocol-page">
      <title>{`${t('protocols.title', { number: data.number })} — ${t('app.name')}`}</title>
      <p className="protocol-screen-only">
        <Link to={`/orders/${data.orderId}`}>← {t('protocols.backToOrder')}</Link>
      </p>
      <PageHeader eyebrow={t('protocols.eyebrow')} title={t('protocols.title', { number: data.number })}>
        <p className="page-header-meta">
          <span>{t('protocols.decidedAt', { date: formatDateTime(data.decidedAt, language) })}</span>
        </p>
      </PageHeader>
      <div className="protocol-actions protocol-screen-only">
        <Button
          variant="secondary"
          busy={download.isPending}
          onClick={() => download.mutate({ protocol: data, language: pdfLanguage })}
        >
          {t('protocols.downloadPdf')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('protocols.print')}
        </Button>
      </div>
      {download.isError ? <Alert tone="error">{problemMessage(t, download.error)}</Alert> : null}

      <section className="card" aria-labelledby="protocol-need-heading">
        <h2 id="protocol-need-heading">{t('protocols.need')}</h2>
        <dl className="details">
          <div>
            <dt>{t('protocols.needTitle')}</dt>
            <dd>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('protocols.okpd2')}</dt>
            <dd className="mono">{need.okpd2}</dd>
          </div>
          <div>
            <dt>{t('protocols.quantity')}</dt>
            <dd>{formatQuantity(need.quantity, need.unit, language)}</dd>
          </div>
          <div>
            <dt>{t('protocols.region')}</dt>
            <dd>{regionName(need.deliveryRegionCode)}</dd>
          </div>
          <div>
            <dt>{t('protocols.neededBy')}</dt>
            <dd>{formatDate(need.neededBy, language)}</dd>
          </div>
          <div>
            <dt>{t('protocols.buyer')}</dt>
            <dd>{need.buyer.name}</dd>
          </div>
        </dl>
      </section>

      <section className="protocol-section" aria-labelledby="protocol-bids-heading">
        <h2 id="protocol-bids-heading">{t('protocols.bidsHeading')}</h2>
        <p className="muted section-hint">{t('protocols.ranking')}</p>
        <ProtocolBidsTable need={need} bids={bids} />
      </section>

      <section className="card" aria-labelledby="protocol-decision-heading">
        <h2 id="protocol-decision-heading">{t('protocols.decision')}</h2>
        <dl className="details">
          {winner ? (
            <div>
              <dt>{t('protocols.selected')}</dt>
              <dd data-testid="protocol-winner">
                {winner.supplier.name}:{' '}
                {winner.deliveredUnitPriceWithVat
                  ? t('protocols.selectedDelivered', {
                      price: formatMoney(winner.deliveredUnitPriceWithVat, language),
                    })
                  : formatMoney(winner.unitPrice, language)}
                {' · '}
                {t('protocols.selectedTotal', { total: formatMoney(winner.total, language) })}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('protocols.reason')}</dt>
            <dd data-testid="protocol-reason" className="protocol-reason">
              {data.reason || <span className="muted">{t('protocols.noReason')}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('protocols.decidedBy')}</dt>
            <dd>
              {decidedBy.fullName}, {decidedBy.organizationName}
              {decidedBy.forBuyer ? ` (${t('protocols.forBuyer', { buyer: need.buyer.name })})` : ''}
            </dd>
          </div>
        </dl>
      </section>
      <p className="muted protocol-note">{t('protocols.frozen')}</p>
    </div>
  );
}
