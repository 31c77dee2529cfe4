import type { LotLine } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatQuantity } from '../../../components/ui/format';

/** The name a line is shown by: its size or grade, or "size not stated". */
export const useLineName = () => {
  const { t } = useTranslation();
  return (line: Pick<LotLine, 'name' | 'key'>) => line.name || line.key || t('lots.detail.lineUnspecified');
};

/** The lot's lines (sizes and grades of its one product) with their quantities. */
export function LotLinesTable({ lines, unit }: { lines: LotLine[]; unit: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const lineName = useLineName();
  return (
    <DataTable<LotLine>
      caption={t('lots.detail.linesCaption')}
      rows={lines}
      rowKey={(line) => line.key}
      columns={[
        {
          key: 'line',
          header: t('lots.detail.line'),
          label: t('lots.detail.line'),
          cell: (line) => lineName(line),
        },
        {
          key: 'needs',
          header: t('lots.detail.lineNeeds'),
          label: t('lots.detail.lineNeeds'),
          cell: (line) => line.needsCount,
          className: 'numeric',
        },
        {
          key: 'quantity',
          header: t('lots.detail.quantity'),
          label: t('lots.detail.quantity'),
          cell: (line) => formatQuantity(line.quantity, unit, language),
          className: 'numeric',
        },
      ]}
    />
  );
}
