import type { ImportKind, ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { rowErrorColumn, rowErrorMessage } from '../utils/row-error-message';

/** Row numbers are the spreadsheet's, so the user can go straight to the line to fix. */
export function ImportErrorsTable({ errors, kind }: { errors: ImportRowError[]; kind: ImportKind }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const columns: Column<ImportRowError & { key: string }>[] = [
    {
      key: 'row',
      header: t('imports.errors.row'),
      label: t('imports.errors.row'),
      className: 'cell-nowrap',
      cell: (error) => (error.row > 0 ? error.row : '—'),
    },
    {
      key: 'path',
      header: t('imports.errors.field'),
      label: t('imports.errors.field'),
      cell: (error) => rowErrorColumn(error, kind, language) ?? '—',
    },
    {
      key: 'message',
      header: t('imports.errors.message'),
      label: t('imports.errors.message'),
      cell: (error) => rowErrorMessage(error, language),
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
