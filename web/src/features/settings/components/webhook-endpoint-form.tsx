import type { WebhookSettings } from '@zamena/shared/notifications/webhooks.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useSetWebhookUrl } from '../api/settings-api';

/** Setting the URL makes a new signing secret, shown here once; the old one stops at once. */
export function WebhookEndpointForm({
  organizationId,
  endpoint,
}: {
  organizationId: string;
  endpoint: WebhookSettings['endpoint'];
}) {
  const { t } = useTranslation();
  const save = useSetWebhookUrl(organizationId);
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const messages = isApiError(save.error) ? fieldMessagesFromProblem(save.error) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(url.trim());
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        id="webhook-url"
        type="url"
        label={t('settings.webhooks.url')}
        hint={t('settings.webhooks.urlHint')}
        value={url}
        error={formatFieldMessage(t, messages.url)}
        onChange={(event) => setUrl(event.target.value)}
      />
      {save.isError && !messages.url ? <Alert tone="error">{problemMessage(t, save.error)}</Alert> : null}
      {save.data ? (
        <Alert tone="warning">
          {t('settings.webhooks.secretOnce')}
          <br />
          <label htmlFor="webhook-secret">{t('settings.webhooks.secret')}</label>
          <input id="webhook-secret" className="input mono" readOnly value={save.data.secret} />
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {endpoint ? t('settings.webhooks.rotate') : t('settings.webhooks.save')}
        </Button>
      </div>
    </form>
  );
}
