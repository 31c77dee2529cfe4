import type { Me } from '@zamena/shared/auth/auth.schemas';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@zamena/shared/notifications/notification-kinds.schemas';
import {
  channelEnabled,
  USER_CHANNELS,
  type NotificationPreferences,
  type UserChannel,
} from '@zamena/shared/notifications/notification-preferences.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { kindKey } from '../../../lib/notification-kind-key';
import { useUpdateMe } from '../api/account-api';

/** Per kind, in-app and e-mail switches (all on by default); webhooks are the organization's setting. */
export function PreferencesForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [preferences, setPreferences] = useState<NotificationPreferences>(me.notificationPreferences);
  const set = (kind: NotificationKind, channel: UserChannel, on: boolean) =>
    setPreferences((current) => ({ ...current, [kind]: { ...current[kind], [channel]: on } }));

  return (
    <section className="card" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('account.preferences.title')}</h2>
      <p className="muted">{t('account.preferences.lead')}</p>
      <div className="table-wrap">
        <table className="preferences-table">
          <caption className="visually-hidden">{t('account.preferences.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.preferences.kind')}</th>
              {USER_CHANNELS.map((channel) => (
                <th key={channel} scope="col">
                  {t(`account.preferences.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`notificationKindNames.${kindKey(kind)}`)}</th>
                {USER_CHANNELS.map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      aria-label={`${t(`notificationKindNames.${kindKey(kind)}`)}: ${t(`account.preferences.${channel}`)}`}
                      checked={channelEnabled(preferences, kind, channel)}
                      onChange={(event) => set(kind, channel, event.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {update.isError ? <Alert tone="error">{problemMessage(t, update.error)}</Alert> : null}
      {update.isSuccess ? <Alert tone="info">{t('account.saved')}</Alert> : null}
      <div className="form-actions">
        <Button
          busy={update.isPending}
          onClick={() => update.mutate({ notificationPreferences: preferences })}
        >
          {t('account.preferences.save')}
        </Button>
      </div>
    </section>
  );
}
