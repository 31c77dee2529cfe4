import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { PageHeader } from '../../../components/ui/page-header';
import { problemMessage } from '../../../i18n/problem-message';
import { useMarkRead, useNotificationList } from '../api/notifications-api';
import { NotificationItem } from './notification-item';
import '../notifications.css';

/** Every notification, newest first, with the unread ones marked; live events keep the list current. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const list = useNotificationList(unreadOnly);
  const markRead = useMarkRead();
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const markOne = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
  };

  return (
    <div className="page">
      <title>{`${t('notifications.title')} — ${t('app.name')}`}</title>
      <PageHeader
        title={t('notifications.title')}
        lead={t('notifications.lead')}
        actions={
          unread > 0 ? (
            <Button
              variant="secondary"
              busy={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              {t('notifications.markAllCount', { n: unread })}
            </Button>
          ) : null
        }
      />
      <div className="toolbar">
        <CheckboxField
          id="notifications-unread"
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => setParams(event.target.checked ? { unread: '1' } : {})}
        />
      </div>
      {markRead.isError ? <Alert tone="error">{problemMessage(t, markRead.error)}</Alert> : null}
      <PagedList
        query={list}
        empty={{
          heading: unreadOnly ? t('notifications.emptyUnread') : t('notifications.emptyHeading'),
          body: t('notifications.emptyBody'),
        }}
        shown={(n) => t('notifications.shown', { n })}
        loadMoreLabel={t('notifications.loadMore')}
        retryLabel={t('notifications.retry')}
      >
        {(items) => (
          <ul className="notification-list notification-list-page card">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                markBusy={markRead.isPending}
                onMarkRead={markOne}
                onOpen={markOne}
              />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
