import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { SupplierMatchCard } from './supplier-match-card';

type SupplierMatchListProps = {
  tier: 'strong' | 'possible';
  matches: Match[];
  invited: ReadonlySet<string>;
  onInvite: ((match: Match) => void) | undefined;
};

/** One tier of a need's suppliers: the alerted manufacturers, or the possible matches nobody was told of. */
export function SupplierMatchList({ tier, matches, invited, onInvite }: SupplierMatchListProps) {
  const { t } = useTranslation();
  const headingId = `need-matches-${tier}-heading`;
  return (
    <div className={`match-tier match-tier-${tier}`}>
      <div className="section-heading">
        <h3 id={headingId}>{t(`matches.forNeed.${tier}Heading`)}</h3>
        <span className="muted">{t('matches.forNeed.count', { n: matches.length })}</span>
      </div>
      <p className="muted match-tier-hint">{t(`matches.forNeed.${tier}Hint`)}</p>
      <ol className="match-list" aria-labelledby={headingId}>
        {matches.map((match, index) => (
          <SupplierMatchCard
            key={match.id}
            match={match}
            rank={index + 1}
            invited={invited.has(match.id)}
            onInvite={onInvite}
          />
        ))}
      </ol>
    </div>
  );
}
