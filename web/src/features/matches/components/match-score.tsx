import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { formatScore } from '../utils/match-format';

/**
 * Relevance (is it the product) above the score that ranks the list (relevance first, fit second):
 * a high score alone could hide that the item itself is only similar.
 */
export function MatchScore({ score, relevance }: { score: number; relevance: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <div className="match-scores">
      <Meter
        label={t('matches.relevanceShort')}
        value={relevance}
        valueText={formatScore(relevance, language)}
        showLabel
      />
      <Meter
        label={t('matches.scoreShort')}
        value={score}
        valueText={formatScore(score, language)}
        size="small"
        showLabel
      />
    </div>
  );
}
