import type { BidStatus } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge';

const TONES: Record<BidStatus, BadgeTone> = {
  submitted: 'info',
  accepted: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
  expired: 'warning',
};

export function BidStatusBadge({ status }: { status: BidStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`bids.status.${status}`)}</StatusBadge>;
}
