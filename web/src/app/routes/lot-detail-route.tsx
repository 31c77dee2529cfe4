import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ObjectHistorySection } from '../../features/audit/components/object-history-section';
import { LotDetailPage } from '../../features/lots/components/lot-detail-page';
import { SupportMeasureRefs } from '../../features/support-measures/components/support-measure-refs';

/**
 * The lot page with its support measures and (for analysts, whose object a lot is) its history,
 * composed here because features never import each other.
 */
export function LotDetailRoute() {
  const { t } = useTranslation();
  return (
    <LotDetailPage
      renderSections={(lot) => (
        <>
          <p>
            <Link to={`/lots/${lot.id}/investment-case`}>{t('investmentCase.open')}</Link>
          </p>
          <SupportMeasureRefs measures={lot.supportMeasures} />
          <ObjectHistorySection objectType="lot" objectId={lot.id} ownerOrganizationIds={[]} />
        </>
      )}
    />
  );
}
