import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDistance } from '../utils/match-format';
import { MatchBadges, ReviewBadge, VerdictBadge } from './match-badges';
import { MatchScore } from './match-score';
import { ScoreBreakdown } from './score-breakdown';

type NeedMatchCardProps = {
  match: Match;
  canBid: boolean;
  /** The viewer is the alerted manufacturer: it answers the alert itself and reads its answer as its own. */
  owner: boolean;
  onNotOurProduct?: ((match: Match) => void) | undefined;
};

/** The element that takes focus once the answer is in (its button is gone). */
export const answeredNoteId = (matchId: string) => `fit-${matchId}-answered`;

/** One need that fits a capability: what, how much, by when, where, a shortcut to bid, or "not ours". */
export function NeedMatchCard({ match, canBid, owner, onNotOurProduct }: NeedMatchCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const { need } = match;
  const titleId = `fit-${match.id}-title`;
  const distance = formatDistance(match.distanceKm, language, t('matches.km'));
  const open = need.status === 'open';
  const answered = match.supplierVerdict !== null;
  const bids = canBid && open && !answered;
  const answers = owner && !answered && onNotOurProduct;

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
            {match.notified ? null : <StatusBadge tone="neutral">{t('matches.possible')}</StatusBadge>}
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
          <MatchScore score={match.score} relevance={match.relevance} />
          <ReviewBadge status={match.status} />
          {owner ? null : <VerdictBadge verdict={match.supplierVerdict} note={match.supplierVerdictNote} />}
        </div>
      </div>
      <ScoreBreakdown components={match.components} relevance={match.relevance} />
      {owner && answered ? (
        <p className="match-card-answered" id={answeredNoteId(match.id)} tabIndex={-1}>
          {t('matches.feedback.answered')}
        </p>
      ) : null}
      {bids || answers ? (
        <div className="match-card-actions">
          {bids ? (
            <Link className="button button-primary button-small" to={`/needs/${need.id}#bid`}>
              {t('matches.bid')}
              <span className="visually-hidden">: {need.title}</span>
            </Link>
          ) : null}
          {answers ? (
            <Button variant="secondary" className="button-small" onClick={() => onNotOurProduct(match)}>
              {t('matches.feedback.button')}
              <span className="visually-hidden">: {need.title}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
