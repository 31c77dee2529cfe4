import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveEvents } from '../api/live-events';
import { useLatestNotifications, useMarkRead } from '../api/notifications-api';
import { describeNotification } from '../utils/notification-text';
import { NotificationItem } from './notification-item';
import '../notifications.css';

/**
 * The header's bell: the unread count, a panel with the latest notifications (a disclosure like the
 * user menu: Esc or a click outside closes it), and the live stream that keeps everything current.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const latest = useLatestNotifications(true);
  const markRead = useMarkRead();
  const unread = latest.data?.unreadCount ?? 0;
  const items = latest.data?.items ?? [];

  // New notifications are read out politely, so screen-reader users hear what the badge shows.
  useLiveEvents((notification: Notification) =>
    setAnnouncement(describeNotification(t, notification, i18n.resolvedLanguage ?? 'ru').text),
  );

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const markOne = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
  };

  return (
    <div
      className="notification-bell"
      ref={rootRef}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a1 1 0 0 0 .9 1.4h13.6a1 1 0 0 0 .9-1.4L18 12.6V9a6 6 0 0 0-6-6zM9.5 19a2.5 2.5 0 0 0 5 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.9"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 ? (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
        <span className="visually-hidden">
          {unread > 0 ? t('notifications.bellUnread', { n: unread }) : t('notifications.bell')}
        </span>
      </button>
      <div id={panelId} className="notification-panel" hidden={!open}>
        <div className="notification-panel-head">
          <h2 className="notification-panel-title">{t('notifications.title')}</h2>
          {unread > 0 ? (
            <button
              type="button"
              className="link-button"
              aria-disabled={markRead.isPending || undefined}
              onClick={() => !markRead.isPending && markRead.mutate({ all: true })}
            >
              {t('notifications.markAll')}
            </button>
          ) : null}
        </div>
        {latest.isError ? <p className="muted">{t('notifications.loadFailed')}</p> : null}
        {latest.isSuccess && items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="notification-list">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                markBusy={markRead.isPending}
                onMarkRead={markOne}
                onOpen={(opened) => {
                  markOne(opened);
                  setOpen(false);
                }}
              />
            ))}
          </ul>
        ) : null}
        <Link className="notification-panel-all" to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.all')}
        </Link>
      </div>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
    </div>
  );
}
