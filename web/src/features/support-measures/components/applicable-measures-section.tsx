import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useApplicableMeasures } from '../api/support-measures-api';
import { SupportMeasureRefs } from './support-measure-refs';

type ApplicableMeasuresSectionProps = { okpd2: string; regionCode?: string };

/** On a need's page: the measures for goods of its code delivered to its region. */
export function ApplicableMeasuresSection({ okpd2, regionCode }: ApplicableMeasuresSectionProps) {
  const { t } = useTranslation();
  const query = useApplicableMeasures(okpd2, regionCode);
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <Alert tone="error">{problemMessage(t, query.error)}</Alert>;
  return <SupportMeasureRefs measures={query.data.items} />;
}
