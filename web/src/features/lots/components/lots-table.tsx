import type { Lot } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { StatusBadge } from '../../../components/ui/status-badge';
import { LOT_STATUS_TONE } from '../utils/lot-format';
import { LotCoverage } from './lot-coverage';

type LotsTableProps = { lots: Lot[]; nameOfCode: (code: string) => string };

export function LotsTable({ lots, nameOfCode }: LotsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <DataTable<Lot>
      caption={t('lots.caption')}
      rows={lots}
      rowKey={(lot) => lot.id}
      columns={[
        {
          key: 'kind',
          header: t('lots.kind'),
          label: t('lots.kind'),
          cell: (lot) => (
            <>
              <Link to={`/lots/${lot.id}`}>
                {lot.productName ? (
                  <>
                    {lot.productName}
                    <br />
                  </>
                ) : null}
                <span className={lot.productName ? 'muted' : undefined}>
                  <span className="code">{lot.okpd2Kind}</span> {lot.okpd2KindName ?? ''}
                </span>
              </Link>
              <br />
              <StatusBadge tone={LOT_STATUS_TONE[lot.status]}>{t(`lots.statuses.${lot.status}`)}</StatusBadge>
            </>
          ),
        },
        {
          key: 'regions',
          header: t('lots.regions'),
          label: t('lots.regions'),
          cell: (lot) => lot.regionCodes.map(nameOfCode).join(', '),
        },
        {
          key: 'quantity',
          header: t('lots.totalQuantity'),
          label: t('lots.totalQuantity'),
          cell: (lot) => (
            <>
              {formatQuantity(lot.totalQuantity, lot.unit, language)}
              <br />
              <span className="muted">
                {t('lots.needs')}: {lot.needsCount}
              </span>
            </>
          ),
          className: 'numeric',
        },
        {
          key: 'value',
          header: t('lots.totalValue'),
          label: t('lots.totalValue'),
          cell: (lot) => formatMoney(lot.totalValue, language),
          className: 'numeric',
        },
        {
          key: 'earliest',
          header: t('lots.earliest'),
          label: t('lots.earliest'),
          cell: (lot) => formatDate(lot.earliestNeededBy, language),
        },
        {
          key: 'coverage',
          header: t('lots.coverage'),
          label: t('lots.coverage'),
          cell: (lot) => <LotCoverage coverage={lot.coverage} />,
        },
      ]}
    />
  );
}
