import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDistance } from '../utils/match-format';
import { MatchBadges, ReviewBadge } from './match-badges';
import { MatchScore } from './match-score';
import { ScoreBreakdown } from './score-breakdown';

type NeedMatchCardProps = { match: Match; canBid: boolean };

/** One need that fits a capability: what, how much, by when, where, and a shortcut to bid on it. */
export function NeedMatchCard({ match, canBid }: NeedMatchCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const { need } = match;
  const titleId = `fit-${match.id}-title`;
  const distance = formatDistance(match.distanceKm, language, t('matches.km'));
  const open = need.status === 'open';

  return (
    <li className="card match-card" aria-labelledby={titleId}>
      <div className="match-card-head">
        <div className="match-card-text">
          <h3 className="match-card-title" id={titleId}>
            <Link to={`/needs/${need.id}`}>{need.title}</Link>
          </h3>
          <p className="match-card-meta">
            {need.critical ? <StatusBadge tone="danger">{t('matches.critical')}</StatusBadge> : null}
            {open ? null : <StatusBadge tone="neutral">{t('matches.needClosed')}</StatusBadge>}
            <span>
              {need.buyer.name}, {regionName(need.deliveryRegionCode)}
            </span>
            <span>{t('matches.distance', { distance })}</span>
            <MatchBadges verified={need.buyer.verified} interregional={match.interregional} />
          </p>
          <p className="match-card-capability">
            {t('matches.needAmount', {
              quantity: formatQuantity(need.quantity, need.unit, language),
              date: formatDate(need.neededBy, language),
            })}{' '}
            <span className="mono muted">{need.okpd2}</span>
          </p>
        </div>
        <div className="match-card-score">
          <MatchScore score={match.score} />
          <ReviewBadge status={match.status} />
        </div>
      </div>
      <ScoreBreakdown components={match.components} />
      {canBid && open ? (
        <div className="match-card-actions">
          <Link className="button button-primary button-small" to={`/needs/${need.id}#bid`}>
            {t('matches.bid')}
            <span className="visually-hidden">: {need.title}</span>
          </Link>
        </div>
      ) : null}
    </li>
  );
}
