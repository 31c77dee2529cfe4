import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { useAttachments } from '../../features/attachments/api/attachments-api';
import { AttachmentsPanel } from '../../features/attachments/components/attachments-panel';
import { OrderMessagesSection } from '../../features/messages/components/order-messages-section';

/** The order's papers (contract, invoice, УПД, ТТН) and the need's conversation with its supplier. */
export function OrderPapers({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const needFiles = useAttachments('need', order.needId);
  const orderFiles = useAttachments('order', order.id);
  const files = [...(needFiles.data?.items ?? []), ...(orderFiles.data?.items ?? [])];
  return (
    <>
      <AttachmentsPanel ownerKind="order" ownerId={order.id} emptyText={t('attachments.orderEmpty')} />
      <OrderMessagesSection
        needId={order.needId}
        supplierOrganizationId={order.supplierOrganizationId}
        supplierName={order.supplier.name}
        buyerName={order.buyer.name}
        buyerOrganizationIds={[order.buyerOrganizationId, order.postedByOrganizationId]}
        files={files}
      />
    </>
  );
}
