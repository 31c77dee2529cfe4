import type { AttachmentRef } from '@zamena/shared/attachments/attachments.schemas';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useThreads } from '../api/messages-api';
import { MessageComposer } from './message-composer';
import { ThreadView } from './thread-view';
import '../messages.css';

type Props = {
  needId: string;
  supplierOrganizationId: string;
  supplierName: string;
  buyerName: string;
  /** The buyer and the centre that posted the need. */
  buyerOrganizationIds: string[];
  /** The need's and the order's files a message may point to. */
  files?: AttachmentRef[];
};

/**
 * The order's conversation: the need's thread with this supplier continues here (threads are kept per
 * need and supplier), so what was agreed before the award stays in view.
 */
export function OrderMessagesSection(props: Props) {
  const { needId, supplierOrganizationId, supplierName, buyerName, buyerOrganizationIds, files } = props;
  const { t } = useTranslation();
  const { organization } = useCurrentSession();
  const buyerSide = buyerOrganizationIds.includes(organization.id);
  const mySide = buyerSide ? 'buyer' : organization.id === supplierOrganizationId ? 'supplier' : null;
  const threads = useThreads(needId);
  const thread = threads.data?.items.find((item) => item.supplierOrganizationId === supplierOrganizationId);

  return (
    <section className="deal-section" aria-labelledby="order-messages-heading" data-section="order-messages">
      <h2 id="order-messages-heading">{t('messages.heading')}</h2>
      {threads.isPending ? <Spinner label={t('app.loading')} /> : null}
      {threads.isError ? <Alert tone="error">{problemMessage(t, threads.error)}</Alert> : null}
      {threads.isSuccess ? (
        <div className="card thread-pane">
          <h3 className="thread-heading">
            {mySide === 'supplier'
              ? t('messages.withBuyer', { name: buyerName })
              : t('messages.withSupplier', { name: supplierName })}
          </h3>
          {thread ? <ThreadView threadId={thread.id} mySide={mySide} /> : null}
          {!thread ? <p className="muted">{t('messages.noMessages')}</p> : null}
          {/* A supplier continues its thread; the buyer side may also open it after the award. */}
          {mySide && (thread || buyerSide) ? (
            <MessageComposer
              needId={needId}
              files={files}
              supplierOrganizationId={buyerSide ? supplierOrganizationId : undefined}
              label={
                buyerSide
                  ? t('messages.composer.toSupplier', { name: supplierName })
                  : t('messages.composer.toBuyer')
              }
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
