import type { OrderStatus } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge';

const TONES: Record<OrderStatus, BadgeTone> = {
  confirmed: 'info',
  in_production: 'info',
  shipped: 'info',
  delivered: 'success',
  completed: 'success',
  cancelled: 'neutral',
  disputed: 'danger',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`orders.status.${status}`)}</StatusBadge>;
}
