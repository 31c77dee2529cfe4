import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/ui/format';
import { describeNotification } from '../utils/notification-text';

type NotificationItemProps = {
  notification: Notification;
  /** Following the link marks it read (and closes the bell's panel). */
  onOpen: (notification: Notification) => void;
  onMarkRead: (notification: Notification) => void;
  markBusy: boolean;
};

/** One notification: what happened (a link to it), when, and whether it was read. */
export function NotificationItem({ notification, onOpen, onMarkRead, markBusy }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { text, href } = describeNotification(t, notification, language);
  const unread = notification.readAt === null;

  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-text">
        {unread ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
        {href ? (
          <Link to={href} onClick={() => onOpen(notification)}>
            {text}
          </Link>
        ) : (
          <span>{text}</span>
        )}
        <time className="notification-time" dateTime={notification.createdAt}>
          {formatDateTime(notification.createdAt, language)}
        </time>
      </div>
      {unread ? (
        <button
          type="button"
          className="notification-mark"
          aria-disabled={markBusy || undefined}
          onClick={() => !markBusy && onMarkRead(notification)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M3 8.5l3 3 7-7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
          <span className="visually-hidden">{t('notifications.markRead', { text })}</span>
        </button>
      ) : null}
    </li>
  );
}
