import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { MatchComponentGroup } from '../../../components/match-component-group';
import { formatScore } from '../utils/match-format';

type ScoreBreakdownProps = { components: MatchComponents; relevance: number; distanceLine?: string };

/**
 * The parts of a match score behind a disclosure (native <details>: keyboard and screen readers handle
 * it without script): first the evidence that it is the product, then the fit, each part explained.
 */
export function ScoreBreakdown({ components, relevance, distanceLine }: ScoreBreakdownProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const format = (value: number) => formatScore(value, language);
  return (
    <details className="score-breakdown">
      <summary>{t('matches.breakdown.toggle')}</summary>
      <div className="score-breakdown-groups">
        <MatchComponentGroup
          group="relevance"
          components={components}
          value={format(relevance)}
          format={format}
          block="score-breakdown"
          hints
        />
        <MatchComponentGroup
          group="fit"
          components={components}
          format={format}
          block="score-breakdown"
          hints
        />
      </div>
      {distanceLine ? <p className="muted score-breakdown-note">{distanceLine}</p> : null}
    </details>
  );
}
