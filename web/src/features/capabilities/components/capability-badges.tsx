import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={active ? 'success' : 'neutral'}>
      {active ? t('capabilities.active') : t('capabilities.inactive')}
    </StatusBadge>
  );
}

/** Localization under PP 719: confirmed until a date, expired, or not stated. */
export function LocalizationBadge({ localization }: { localization: Capability['localization'] }) {
  const { t } = useTranslation();
  if (!localization) return <span className="muted">{t('capabilities.noLocalization')}</span>;
  const expired = localization.validUntil < new Date().toISOString().slice(0, 10);
  return (
    <StatusBadge tone={expired ? 'warning' : 'info'}>
      {expired ? t('capabilities.pp719Expired') : t('capabilities.pp719')}
    </StatusBadge>
  );
}
