import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { formatDate, formatDateTime, formatQuantity } from '../../../components/ui/format';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useRegions } from '../../../lib/regions';
import { useSubscriptionPreview } from '../api/subscriptions-api';
import { regionLabel } from '../utils/criteria-labels';

/** What the next digest e-mail holds for one subscription: new needs and lots since the last one. */
export function DigestPreview({ subscriptionId, headingId }: { subscriptionId: string; headingId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const preview = useSubscriptionPreview(subscriptionId);
  const regions = useRegions();

  if (preview.isPending) return <Spinner label={t('app.loading')} />;
  if (preview.isError) return <Alert tone="error">{problemMessage(t, preview.error)}</Alert>;
  const { since, needs, lots } = preview.data;
  return (
    <section className="digest-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('subscriptions.preview.heading')}</h3>
      <p className="muted">{t('subscriptions.preview.since', { date: formatDateTime(since, language) })}</p>
      {needs.length === 0 && lots.length === 0 ? <p>{t('subscriptions.preview.empty')}</p> : null}
      {needs.length > 0 ? (
        <>
          <h4>{t('subscriptions.preview.needs', { count: needs.length })}</h4>
          <ul className="digest-preview-list">
            {needs.map((need) => (
              <li key={need.id}>
                <Link to={`/needs/${need.id}`}>{need.title}</Link>
                <span className="muted">
                  {' — '}
                  {[
                    formatQuantity(need.quantity, need.unit, language),
                    regionLabel(need.deliveryRegionCode, regions.data, language),
                    t('subscriptions.preview.neededBy', { date: formatDate(need.neededBy, language) }),
                    `${t('subscriptions.preview.okpd2')} ${need.okpd2}`,
                  ].join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {lots.length > 0 ? (
        <>
          <h4>{t('subscriptions.preview.lots', { count: lots.length })}</h4>
          <ul className="digest-preview-list">
            {lots.map((lot) => (
              <li key={lot.id}>
                <Link to={`/lots/${lot.id}`}>{t('subscriptions.preview.lot', { kind: lot.okpd2Kind })}</Link>
                <span className="muted">
                  {' — '}
                  {formatQuantity(lot.totalQuantity, lot.unit, language)},{' '}
                  {t('subscriptions.preview.regions', { count: lot.regionsCount })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
