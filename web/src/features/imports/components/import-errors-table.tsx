import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { rowErrorMessage } from '../utils/row-error-message';

/** Row numbers are the spreadsheet's, so the user can go straight to the line to fix. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  const columns: Column<ImportRowError & { key: string }>[] = [
    {
      key: 'row',
      header: t('imports.errors.row'),
      label: t('imports.errors.row'),
      className: 'cell-nowrap',
      cell: (error) => error.row,
    },
    {
      key: 'path',
      header: t('imports.errors.field'),
      label: t('imports.errors.field'),
      cell: (error) => error.column ?? (error.path ? <span className="mono">{error.path}</span> : '—'),
    },
    {
      key: 'message',
      header: t('imports.errors.message'),
      label: t('imports.errors.message'),
      cell: (error) => rowErrorMessage(t, error.path, error.message),
    },
  ];
  const rows = errors.map((error, index) => ({ ...error, key: `${index}` }));
  return (
    <DataTable
      caption={t('imports.errors.caption')}
      captionHidden={false}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}
