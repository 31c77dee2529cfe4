import type { MatchComponent, MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { formatPercent } from '../utils/review-format';

const COMPONENTS: readonly MatchComponent[] = [
  'classification',
  'text',
  'capacity',
  'leadTime',
  'distance',
  'trust',
];

/** All six parts of the score, always open: reviewing is judging exactly these. */
export function ReviewBreakdown({ components }: { components: MatchComponents }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <ul className="review-breakdown" aria-label={t('review.breakdown')}>
      {COMPONENTS.map((key) => (
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
  );
}
