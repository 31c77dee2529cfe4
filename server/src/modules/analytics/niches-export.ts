import ExcelJS from 'exceljs';
import type { AnalyticsNiches } from '@zamena/shared/analytics/analytics.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { OKEI_UNITS } from '@zamena/shared/domain/okei';

/**
 * The investment-niche ranking as an XLSX workbook for the investment-attraction work: one row per
 * OKPD2 kind and unit, Russian headers, numbers as Excel numbers where that loses nothing.
 */

const COLUMNS = [
  { key: 'rank', header: '№', width: 5 },
  { key: 'kind', header: 'Вид ОКПД2', width: 11 },
  { key: 'kindName', header: 'Наименование', width: 50 },
  { key: 'unit', header: 'Ед. изм.', width: 9 },
  { key: 'needs', header: 'Потребностей', width: 13 },
  { key: 'regions', header: 'Регионов', width: 10 },
  { key: 'regionCodes', header: 'Коды регионов', width: 24 },
  { key: 'buyers', header: 'Заказчиков', width: 11 },
  { key: 'quantity', header: 'Общий объём', width: 15 },
  { key: 'value', header: 'Стоимость, руб.', width: 18 },
  { key: 'capabilities', header: 'Производителей', width: 15 },
  { key: 'capacity', header: 'Мощность в месяц', width: 16 },
  { key: 'coverage', header: 'Покрытие', width: 10 },
  { key: 'unmetQuantity', header: 'Непокрытый объём', width: 17 },
  { key: 'unmetValue', header: 'Непокрытая стоимость, руб.', width: 22 },
  { key: 'neededBy', header: 'Ближайший срок', width: 15 },
  { key: 'lot', header: 'Лот', width: 12 },
  { key: 'measures', header: 'Меры поддержки', width: 60 },
  { key: 'sites', header: 'Площадки рядом', width: 60 },
] as const;

const PROXIMITY_RU = { same_region: 'в регионе спроса', same_district: 'в том же округе' } as const;

const LOT_STATUS_RU: Record<string, string> = { draft: 'черновик', published: 'опубликован' };

/** A decimal string as an Excel number when that loses nothing (15 significant digits), else as text. */
const excelNumber = (value: string | null) =>
  value === null ? null : String(Number(value)) === trimDecimal(value) ? Number(value) : value;

export async function nichesWorkbook(niches: AnalyticsNiches): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zamena';
  const sheet = workbook.addWorksheet('Инвестиционные ниши', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ ...column }));
  sheet.getRow(1).font = { bold: true };
  niches.items.forEach((niche, i) => {
    sheet.addRow({
      rank: i + 1,
      kind: niche.okpd2Kind,
      kindName: niche.okpd2KindName ?? '',
      unit: OKEI_UNITS.find((unit) => unit.code === niche.unit)?.symbolRu ?? niche.unit,
      needs: niche.needsCount,
      regions: niche.regionsCount,
      regionCodes: niche.regionCodes.join(', '),
      buyers: niche.buyersCount,
      quantity: excelNumber(niche.totalQuantity),
      value: excelNumber(niche.totalValue),
      capabilities: niche.capabilitiesCount,
      capacity: excelNumber(niche.matchedCapacity),
      coverage: niche.coverage,
      unmetQuantity: excelNumber(niche.unmetQuantity),
      unmetValue: excelNumber(niche.unmetValue),
      neededBy: new Date(`${niche.earliestNeededBy}T00:00:00Z`),
      lot: niche.lot ? (LOT_STATUS_RU[niche.lot.status] ?? niche.lot.status) : '',
      measures: niche.supportMeasures.map((measure) => `${measure.name} (${measure.operator})`).join('; '),
      sites: niche.sites
        .map(
          ({ site, proximity, distanceKm }) =>
            `${site.name} (${site.regionCode}, ${PROXIMITY_RU[proximity]}, ${distanceKm} км)`,
        )
        .join('; '),
    });
  });
  for (const key of ['value', 'unmetValue'] as const) sheet.getColumn(key).numFmt = '#,##0.00';
  sheet.getColumn('coverage').numFmt = '0.00%';
  sheet.getColumn('neededBy').numFmt = 'dd.mm.yyyy';
  if (niches.items.length === 0) sheet.addRow({ kindName: 'Ниш с заданными условиями не найдено' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
