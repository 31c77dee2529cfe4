import type { VerificationStatus } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';

const TONE = { verified: 'success', pending: 'warning', refused: 'danger' } as const;

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`organizationProfile.verification.${status}`)}</StatusBadge>;
}
