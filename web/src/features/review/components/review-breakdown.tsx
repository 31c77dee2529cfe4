import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { MATCH_COMPONENT_GROUPS, type MatchComponentGroup } from '../../../lib/match-components';
import { formatPercent } from '../utils/review-format';

type ReviewBreakdownProps = { components: MatchComponents; relevance: number };

/**
 * Every part of the score, always open: reviewing is judging exactly these. Relevance (is it the
 * product) and fit side by side, as the analyst weighs them.
 */
export function ReviewBreakdown({ components, relevance }: ReviewBreakdownProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="review-breakdown" role="group" aria-label={t('review.breakdown')}>
      <BreakdownGroup
        group="relevance"
        components={components}
        value={formatPercent(relevance, i18n.resolvedLanguage ?? 'ru')}
      />
      <BreakdownGroup group="fit" components={components} />
    </div>
  );
}

type BreakdownGroupProps = { group: MatchComponentGroup; components: MatchComponents; value?: string };

function BreakdownGroup({ group, components, value }: BreakdownGroupProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const headingId = useId();
  return (
    <div className="review-breakdown-group">
      <h4 className="review-breakdown-heading" id={headingId}>
        {t(`matches.groups.${group}`)}
        {value ? <span className="review-breakdown-value">{value}</span> : null}
      </h4>
      <ul className="review-breakdown-list" aria-labelledby={headingId}>
        {MATCH_COMPONENT_GROUPS[group].map((key) => (
          <li key={key}>
            <Meter
              label={t(`matches.components.${key}`)}
              value={components[key]}
              valueText={formatPercent(components[key], language)}
              size="small"
              showLabel
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
