import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { MatchComponentGroup } from '../../../components/match-component-group';
import { formatPercent } from '../utils/review-format';

type ReviewBreakdownProps = { components: MatchComponents; relevance: number };

/**
 * Every part of the score, always open: reviewing is judging exactly these. Relevance (is it the
 * product) and fit side by side, as the analyst weighs them.
 */
export function ReviewBreakdown({ components, relevance }: ReviewBreakdownProps) {
  const { t, i18n } = useTranslation();
  const format = (value: number) => formatPercent(value, i18n.resolvedLanguage ?? 'ru');
  return (
    <div className="review-breakdown" role="group" aria-label={t('review.breakdown')}>
      <MatchComponentGroup
        group="relevance"
        components={components}
        value={format(relevance)}
        format={format}
        block="review-breakdown"
      />
      <MatchComponentGroup group="fit" components={components} format={format} block="review-breakdown" />
    </div>
  );
}
