import type { Match, MatchStatus } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';

/** Verification of the other organization and whether the deal crosses regions. */
export function MatchBadges({ verified, interregional }: { verified: boolean; interregional: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <StatusBadge tone={verified ? 'success' : 'neutral'}>
        {verified ? t('matches.verified') : t('matches.notVerified')}
      </StatusBadge>
      {interregional ? <StatusBadge tone="info">{t('matches.interregional')}</StatusBadge> : null}
    </>
  );
}

/** An analyst's decision; a match still waiting for review shows nothing. */
export function ReviewBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  if (status === 'proposed') return null;
  return (
    <StatusBadge tone={status === 'approved' ? 'success' : 'danger'}>
      {t(`matches.status.${status}`)}
    </StatusBadge>
  );
}

/** The manufacturer's answer to its alert and its note, as analysts see it (the buyer side no longer sees the pair). */
export function VerdictBadge({ verdict, note }: { verdict: Match['supplierVerdict']; note: string | null }) {
  const { t } = useTranslation();
  if (verdict === null) return null;
  return (
    <>
      <StatusBadge tone="warning">{t('matches.notOurProduct')}</StatusBadge>
      {note ? <span className="muted">«{note}»</span> : null}
    </>
  );
}
