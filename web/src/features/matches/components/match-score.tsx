import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { formatScore } from '../utils/match-format';

/** The overall score as a bar with its percentage. */
export function MatchScore({ score }: { score: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Meter
      label={t('matches.score')}
      value={score}
      valueText={formatScore(score, i18n.resolvedLanguage ?? 'ru')}
    />
  );
}
