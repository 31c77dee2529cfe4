import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { MATCH_COMPONENT_GROUPS, type MatchComponentGroup } from '../../../lib/match-components';
import { formatScore } from '../utils/match-format';

type ScoreBreakdownProps = { components: MatchComponents; relevance: number; distanceLine?: string };

/**
 * The parts of a match score behind a disclosure (native <details>: keyboard and screen readers handle
 * it without script): first the evidence that it is the product, then the fit, each part explained.
 */
export function ScoreBreakdown({ components, relevance, distanceLine }: ScoreBreakdownProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <details className="score-breakdown">
      <summary>{t('matches.breakdown.toggle')}</summary>
      <div className="score-breakdown-groups">
        <BreakdownGroup group="relevance" components={components} value={formatScore(relevance, language)} />
        <BreakdownGroup group="fit" components={components} />
      </div>
      {distanceLine ? <p className="muted score-breakdown-note">{distanceLine}</p> : null}
    </details>
  );
}

type BreakdownGroupProps = { group: MatchComponentGroup; components: MatchComponents; value?: string };

function BreakdownGroup({ group, components, value }: BreakdownGroupProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const headingId = useId();
  return (
    <div className="score-breakdown-group">
      <h4 className="score-breakdown-heading" id={headingId}>
        {t(`matches.groups.${group}`)}
        {value ? <span className="score-breakdown-value">{value}</span> : null}
      </h4>
      <p className="score-breakdown-hint">{t(`matches.groups.${group}Hint`)}</p>
      <ul className="score-breakdown-list" aria-labelledby={headingId}>
        {MATCH_COMPONENT_GROUPS[group].map((key) => (
          <li key={key}>
            <Meter
              label={t(`matches.components.${key}`)}
              value={components[key]}
              valueText={formatScore(components[key], language)}
              size="small"
              showLabel
            />
            <span className="score-breakdown-hint">{t(`matches.componentHints.${key}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
