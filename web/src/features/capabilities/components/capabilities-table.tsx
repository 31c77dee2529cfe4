import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatQuantity } from '../../../components/ui/format';
import { ActiveBadge, LocalizationBadge } from './capability-badges';

const SHOWN_CODES = 2;

export function CapabilitiesTable({ capabilities }: { capabilities: Capability[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';

  const columns: Column<Capability>[] = [
    {
      key: 'title',
      header: t('capabilities.columns.title'),
      label: t('capabilities.columns.title'),
      className: 'cell-title',
      cell: (capability) => (
        <>
          <Link to={`/capabilities/${capability.id}`}>{capability.title}</Link>
          <span className="cell-sub">{capability.manufacturer.name}</span>
        </>
      ),
    },
    {
      key: 'okpd2',
      header: t('capabilities.columns.okpd2'),
      label: t('capabilities.columns.okpd2'),
      cell: (capability) => {
        const rest = capability.okpd2.length - SHOWN_CODES;
        return (
          <>
            <span className="mono">{capability.okpd2.slice(0, SHOWN_CODES).join(', ')}</span>
            {rest > 0 ? (
              <span className="cell-sub">{t('capabilities.moreCodes', { count: rest })}</span>
            ) : null}
          </>
        );
      },
    },
    {
      key: 'capacity',
      header: t('capabilities.columns.capacity'),
      label: t('capabilities.columns.capacity'),
      className: 'cell-number',
      cell: (capability) => formatQuantity(capability.monthlyCapacity, capability.unit, language),
    },
    {
      key: 'leadTime',
      header: t('capabilities.columns.leadTime'),
      label: t('capabilities.columns.leadTime'),
      className: 'cell-nowrap',
      cell: (capability) => t('capabilities.days', { count: capability.leadTimeDays }),
    },
    {
      key: 'delivery',
      header: t('capabilities.columns.delivery'),
      label: t('capabilities.columns.delivery'),
      cell: (capability) =>
        capability.deliveryRegionCodes.length === 0
          ? t('capabilities.allRegions')
          : t('capabilities.regionCount', { count: capability.deliveryRegionCodes.length }),
    },
    {
      key: 'localization',
      header: t('capabilities.columns.localization'),
      label: t('capabilities.columns.localization'),
      cell: (capability) => <LocalizationBadge localization={capability.localization} />,
    },
    {
      key: 'active',
      header: t('capabilities.columns.status'),
      label: t('capabilities.columns.status'),
      cell: (capability) => <ActiveBadge active={capability.active} />,
    },
  ];

  return (
    <DataTable
      caption={t('capabilities.tableCaption')}
      columns={columns}
      rows={capabilities}
      rowKey={(capability) => capability.id}
    />
  );
}
