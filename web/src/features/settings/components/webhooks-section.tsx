import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useWebhookSettings } from '../api/settings-api';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookEndpointForm } from './webhook-endpoint-form';
import { WebhookKindsForm } from './webhook-kinds-form';

/** Signed webhooks: the receiver's URL, the kinds sent, a test event and the delivery log. */
export function WebhooksSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const settings = useWebhookSettings(organizationId);
  return (
    <section className="card" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('settings.webhooks.title')}</h2>
      <p className="muted">{t('settings.webhooks.lead')}</p>
      {settings.isPending ? <Spinner label={t('app.loading')} /> : null}
      {settings.isError ? <Alert tone="error">{problemMessage(t, settings.error)}</Alert> : null}
      {settings.data ? (
        <>
          <WebhookEndpointForm organizationId={organizationId} endpoint={settings.data.endpoint} />
          <WebhookKindsForm organizationId={organizationId} muted={settings.data.mutedKinds} />
          <WebhookDeliveries organizationId={organizationId} enabled={settings.data.endpoint !== null} />
        </>
      ) : null}
    </section>
  );
}
