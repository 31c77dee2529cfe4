import type { AttachmentRef } from '@zamena/shared/attachments/attachments.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime } from '../../../components/ui/format';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useThreads } from '../api/messages-api';
import { MessageComposer } from './message-composer';
import { ThreadView } from './thread-view';
import '../messages.css';

/**
 * Conversations about a need: the buyer side picks a supplier's thread, a supplier sees its own,
 * analysts read. New messages arrive through the live notifications (they refresh these queries).
 */
export function NeedMessagesSection({ need, files }: { need: Need; files?: AttachmentRef[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { user, organization } = useCurrentSession();
  const buyerSide =
    need.buyerOrganizationId === organization.id || need.postedByOrganizationId === organization.id;
  const analyst = user.isAdmin || organization.kind === 'association';
  const supplier = !buyerSide && !user.isAdmin && organization.kind === 'enterprise';
  const visible = buyerSide || analyst || supplier;
  const threads = useThreads(need.id, visible);
  const [selected, setSelected] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const loaded = threads.isSuccess;

  // A "new message" notification links to #messages: bring the conversation into view once it is here.
  useEffect(() => {
    if (hash === '#messages' && loaded) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);

  if (!visible) return null;
  const items = threads.data?.items ?? [];
  const current = items.find((thread) => thread.id === selected) ?? items[0];
  const mySide = buyerSide ? 'buyer' : supplier ? 'supplier' : null;
  const canStart = supplier && items.length === 0 && need.status === 'open';

  return (
    <section
      ref={sectionRef}
      id="messages"
      className="deal-section"
      aria-labelledby="need-messages-heading"
      data-section="need-messages"
    >
      <h2 id="need-messages-heading">{t('messages.heading')}</h2>
      {threads.isPending ? <Spinner label={t('app.loading')} /> : null}
      {threads.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void threads.refetch()}>
              {t('messages.retry')}
            </Button>
          }
        >
          {problemMessage(t, threads.error)}
        </Alert>
      ) : null}
      {threads.isSuccess && items.length === 0 && !canStart ? (
        <EmptyState heading={t('messages.emptyHeading')} level={3}>
          <p>
            {buyerSide
              ? t('messages.emptyBuyer')
              : supplier
                ? t('messages.emptyClosed')
                : t('messages.emptyAnalyst')}
          </p>
        </EmptyState>
      ) : null}
      {canStart ? (
        <div className="card">
          <p className="muted">{t('messages.startLead')}</p>
          <MessageComposer needId={need.id} label={t('messages.composer.toBuyer')} />
        </div>
      ) : null}
      {current ? (
        <div className={buyerSide || analyst ? 'threads' : 'threads threads-single'}>
          {buyerSide || analyst ? (
            <nav className="thread-nav" aria-label={t('messages.threadsLabel')}>
              <ul className="thread-list">
                {items.map((thread) => (
                  <li key={thread.id}>
                    <button
                      type="button"
                      className="thread-button"
                      aria-current={thread.id === current.id ? 'true' : undefined}
                      onClick={() => setSelected(thread.id)}
                    >
                      <span className="thread-name">{thread.supplier.name}</span>
                      <span className="thread-meta">
                        {t('messages.threadMeta', {
                          n: thread.messageCount,
                          date: formatDateTime(thread.lastMessageAt, language),
                        })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="card thread-pane">
            <h3 className="thread-heading">
              {buyerSide || analyst
                ? t('messages.withSupplier', { name: current.supplier.name })
                : t('messages.withBuyer', { name: need.buyer.name })}
            </h3>
            <ThreadView key={current.id} threadId={current.id} mySide={mySide} />
            {mySide ? (
              <MessageComposer
                needId={need.id}
                files={files}
                supplierOrganizationId={buyerSide ? current.supplierOrganizationId : undefined}
                label={
                  buyerSide
                    ? t('messages.composer.toSupplier', { name: current.supplier.name })
                    : t('messages.composer.toBuyer')
                }
              />
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
