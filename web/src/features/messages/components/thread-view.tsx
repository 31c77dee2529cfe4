import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../components/ui/format';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useThreadMessages } from '../api/messages-api';
import { MessageFiles } from './message-files';

/** A conversation, oldest first; the viewer's own side is set apart so the exchange reads like a chat. */
export function ThreadView({ threadId, mySide }: { threadId: string; mySide: 'buyer' | 'supplier' | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const thread = useThreadMessages(threadId);
  const messages = thread.data?.pages.flatMap((page) => page.items) ?? [];
  const listRef = useRef<HTMLOListElement>(null);
  const count = messages.length;

  // The newest message is at the bottom: keep it in view as messages arrive.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [count]);

  if (thread.isPending) return <Spinner label={t('app.loading')} />;
  if (thread.isError) {
    return (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => void thread.refetch()}>
            {t('messages.retry')}
          </Button>
        }
      >
        {problemMessage(t, thread.error)}
      </Alert>
    );
  }

  return (
    <div
      className="message-log"
      role="log"
      aria-label={t('messages.logLabel', { name: thread.data.pages[0]?.thread.supplier.name ?? '' })}
    >
      {messages.length === 0 ? <p className="muted">{t('messages.noMessages')}</p> : null}
      <ol className="message-list" ref={listRef}>
        {messages.map((message) => (
          <li key={message.id} className={message.side === mySide ? 'message message-own' : 'message'}>
            <p className="message-meta">
              <strong>{message.authorName}</strong> · {t(`messages.sides.${message.side}`)} ·{' '}
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
            </p>
            <p className="message-body">{message.body}</p>
            <MessageFiles files={message.attachments} />
          </li>
        ))}
      </ol>
      {thread.hasNextPage ? (
        <Button
          variant="secondary"
          className="button-small"
          busy={thread.isFetchingNextPage}
          onClick={() => void thread.fetchNextPage()}
        >
          {t('messages.later')}
        </Button>
      ) : null}
    </div>
  );
}
