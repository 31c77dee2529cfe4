import { useTranslation } from 'react-i18next';
import { Meter } from '../../../components/ui/meter';
import { coveragePercent } from '../utils/lot-format';

export function LotCoverage({ coverage, showLabel = false }: { coverage: number; showLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Meter
      label={t('lots.coverageLabel')}
      value={Math.min(coverage, 1)}
      valueText={t('lots.coverageValue', { n: coveragePercent(coverage, i18n.resolvedLanguage ?? 'ru') })}
      size="small"
      showLabel={showLabel}
    />
  );
}
