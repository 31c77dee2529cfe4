import { ObjectHistorySection } from '../../features/audit/components/object-history-section';
import { OrderDetailPage } from '../../features/orders/components/order-detail-page';
import { OrderPapers } from './order-papers';

/** The order page with its audit history, composed here because features never import each other. */
export function OrderDetailRoute() {
  return (
    <OrderDetailPage
      renderSections={(order) => (
        <>
          <OrderPapers order={order} />
          <ObjectHistorySection
            objectType="order"
            objectId={order.id}
            ownerOrganizationIds={[
              order.buyerOrganizationId,
              order.supplierOrganizationId,
              order.postedByOrganizationId,
            ]}
          />
        </>
      )}
    />
  );
}
