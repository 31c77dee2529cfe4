import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
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
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
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
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('notifications.retry')}
            </Button>
          }
        >
          {problemMessage(t, list.error)}
        </Alert>
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <EmptyState heading={unreadOnly ? t('notifications.emptyUnread') : t('notifications.emptyHeading')}>
          <p>{t('notifications.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
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
          <LoadMore
            status={t('notifications.shown', { n: items.length })}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            label={t('notifications.loadMore')}
            loadingLabel={t('app.loading')}
          />
        </>
      ) : null}
    </div>
  );
}
