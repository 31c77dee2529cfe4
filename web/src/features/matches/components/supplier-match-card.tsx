import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { useRegionName } from '../../../components/ui/region-select';
import { formatDistance } from '../utils/match-format';
import { MatchBadges, ReviewBadge, VerdictBadge } from './match-badges';
import { MatchScore } from './match-score';
import { ScoreBreakdown } from './score-breakdown';

type SupplierMatchCardProps = {
  match: Match;
  rank: number;
  onInvite?: (match: Match) => void;
  invited: boolean;
};

/**
 * One matched supplier on a need page: who, from where, with which capability, and why. A possible
 * match reads quieter than a strong one: nobody was alerted and it is there for reference.
 */
export function SupplierMatchCard({ match, rank, onInvite, invited }: SupplierMatchCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const { manufacturer, capability } = match;
  const titleId = `match-${match.id}-title`;
  const distance = formatDistance(match.distanceKm, language, t('matches.km'));

  return (
    <li
      className={match.notified ? 'card match-card' : 'card match-card match-card-possible'}
      aria-labelledby={titleId}
    >
      <div className="match-card-head">
        <div className="match-card-text">
          <h4 className="match-card-title" id={titleId}>
            <span className="match-rank" aria-hidden="true">
              {rank}
            </span>
            <Link to={`/organizations/${manufacturer.id}`}>{manufacturer.name}</Link>
          </h4>
          <p className="match-card-meta">
            <span>{regionName(manufacturer.regionCode)}</span>
            <span>{t('matches.distance', { distance })}</span>
            <MatchBadges verified={manufacturer.verified} interregional={match.interregional} />
          </p>
          <p className="match-card-capability">
            {t('matches.capability')} <Link to={`/capabilities/${capability.id}`}>{capability.title}</Link>
            <span className="muted"> · {t('matches.leadTime', { days: capability.leadTimeDays })}</span>
          </p>
        </div>
        <div className="match-card-score">
          <MatchScore score={match.score} relevance={match.relevance} />
          <ReviewBadge status={match.status} />
          <VerdictBadge verdict={match.supplierVerdict} note={match.supplierVerdictNote} />
        </div>
      </div>
      <ScoreBreakdown
        components={match.components}
        relevance={match.relevance}
        distanceLine={t('matches.breakdown.distanceLine', {
          distance,
          from: regionName(manufacturer.regionCode),
          to: regionName(match.need.deliveryRegionCode),
        })}
      />
      {onInvite ? (
        <div className="match-card-actions">
          <Button variant="secondary" className="button-small" onClick={() => onInvite(match)}>
            {invited ? t('matches.invite.again') : t('matches.invite.button')}
            <span className="visually-hidden">: {manufacturer.name}</span>
          </Button>
          {invited ? (
            <span className="muted" role="status">
              {t('matches.invite.sent')}
            </span>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
