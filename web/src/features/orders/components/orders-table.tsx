import type { Order } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { OrderStatusBadge } from './order-status-badge';

/** Orders with both parties; the caller's own side is marked so "who do I deal with" reads at a glance. */
export function OrdersTable({ orders, organizationId }: { orders: Order[]; organizationId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';

  const columns: Column<Order>[] = [
    {
      key: 'need',
      header: t('orders.columns.order'),
      label: t('orders.columns.order'),
      className: 'cell-title',
      cell: (order) => (
        <>
          <Link to={`/orders/${order.id}`}>{order.need.title}</Link>
          <span className="cell-sub">{t('orders.number', { number: order.id.slice(0, 8) })}</span>
        </>
      ),
    },
    {
      key: 'parties',
      header: t('orders.columns.parties'),
      label: t('orders.columns.parties'),
      // One wrapper: below 720 px a cell is a two-column grid (label, value).
      cell: (order) => (
        <div>
          <span className="cell-sub order-party">
            {t('orders.buyerLine', { name: order.buyer.name })}
            {order.buyerOrganizationId === organizationId || order.postedByOrganizationId === organizationId
              ? ` ${t('orders.you')}`
              : ''}
          </span>
          <span className="cell-sub order-party">
            {t('orders.supplierLine', { name: order.supplier.name })}
            {order.supplierOrganizationId === organizationId ? ` ${t('orders.you')}` : ''}
          </span>
        </div>
      ),
    },
    {
      key: 'quantity',
      header: t('orders.columns.quantity'),
      label: t('orders.columns.quantity'),
      className: 'cell-number',
      cell: (order) => formatQuantity(order.quantity, order.need.unit, language),
    },
    {
      key: 'total',
      header: t('orders.columns.total'),
      label: t('orders.columns.total'),
      className: 'cell-number',
      cell: (order) => formatMoney(order.total, language),
    },
    {
      key: 'status',
      header: t('orders.columns.status'),
      label: t('orders.columns.status'),
      cell: (order) => <OrderStatusBadge status={order.status} />,
    },
    {
      key: 'created',
      header: t('orders.columns.created'),
      label: t('orders.columns.created'),
      className: 'cell-nowrap',
      cell: (order) => formatDate(order.createdAt, language),
    },
  ];

  return (
    <DataTable
      caption={t('orders.tableCaption')}
      columns={columns}
      rows={orders}
      rowKey={(order) => order.id}
    />
  );
}
