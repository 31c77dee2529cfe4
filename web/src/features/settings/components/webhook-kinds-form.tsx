import {
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@zamena/shared/notifications/notification-kinds.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { kindKey } from '../../../lib/notification-kind-key';
import { useMutedKinds } from '../api/settings-api';

/** Which notification kinds go to the webhook; all do by default. */
export function WebhookKindsForm({
  organizationId,
  muted,
}: {
  organizationId: string;
  muted: NotificationKind[];
}) {
  const { t } = useTranslation();
  const save = useMutedKinds(organizationId);
  const [off, setOff] = useState(new Set(muted));
  const toggle = (kind: NotificationKind, sent: boolean) =>
    setOff((current) => {
      const next = new Set(current);
      if (sent) next.delete(kind);
      else next.add(kind);
      return next;
    });

  return (
    <fieldset className="form-section">
      <legend>{t('settings.webhooks.kinds')}</legend>
      <ul className="kind-checks">
        {NOTIFICATION_KINDS.map((kind) => (
          <li key={kind}>
            <label>
              <input
                type="checkbox"
                checked={!off.has(kind)}
                onChange={(event) => toggle(kind, event.target.checked)}
              />{' '}
              {t(`notificationKindNames.${kindKey(kind)}`)} <span className="muted mono">{kind}</span>
            </label>
          </li>
        ))}
      </ul>
      {save.isError ? <Alert tone="error">{problemMessage(t, save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="info">{t('settings.saved')}</Alert> : null}
      <Button variant="secondary" busy={save.isPending} onClick={() => save.mutate({ mutedKinds: [...off] })}>
        {t('settings.webhooks.saveKinds')}
      </Button>
    </fieldset>
  );
}
