import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { formatScore, MATCH_COMPONENTS } from '../utils/match-format';

type ScoreBreakdownProps = { components: MatchComponents; distanceLine?: string };

/**
 * The six parts of a match score behind a disclosure (native <details>: keyboard and screen readers
 * handle it without script), each with a bar, its value and what it measures.
 */
export function ScoreBreakdown({ components, distanceLine }: ScoreBreakdownProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <details className="score-breakdown">
      <summary>{t('matches.breakdown.toggle')}</summary>
      <ul className="score-breakdown-list">
        {MATCH_COMPONENTS.map((key) => (
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
      {distanceLine ? <p className="muted score-breakdown-note">{distanceLine}</p> : null}
    </details>
  );
}
