import type { NeedStatus } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge';

const TONES: Record<NeedStatus, BadgeTone> = {
  draft: 'neutral',
  open: 'success',
  awarded: 'info',
  closed: 'neutral',
  cancelled: 'danger',
  expired: 'warning',
};

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`needs.status.${status}`)}</StatusBadge>;
}

/** Production stops without it: a red mark with its word, never colour alone. */
export function CriticalMark() {
  const { t } = useTranslation();
  return (
    <span className="critical-mark">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1l7 13H1z" fill="currentColor" />
        <path d="M8 6v4M8 11.5v.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {t('needs.critical')}
    </span>
  );
}
