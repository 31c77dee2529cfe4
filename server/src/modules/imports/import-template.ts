import ExcelJS from 'exceljs';
import { OKEI_UNITS } from '@zamena/shared/domain/okei';
import { IMPORT_COLUMNS, type ImportColumn } from '@zamena/shared/imports/import-columns';
import type { ImportKind } from '@zamena/shared/imports/imports.schemas';
import type { Region } from '@zamena/shared/reference/reference.schemas';

/** The downloadable XLSX template: headers, one example row, and a sheet that explains every column. */

export const SHEET_NAMES: Record<ImportKind, string> = { needs: 'Потребности', capabilities: 'Возможности' };

const DAY_MS = 86_400_000;
const utcDay = (date: Date, plusDays: number) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + plusDays * DAY_MS);

/** Example values: the DESIGN.md need and capability, with dates ahead of `today` so the row imports as is. */
function examples(kind: ImportKind, today: Date): Record<string, ExcelJS.CellValue> {
  if (kind === 'needs') {
    return {
      title: 'Подшипник роликовый конический 7510',
      description: 'Для редукторов конвейерной линии; bearing for conveyor gearboxes',
      okpd2: '28.15.10.120',
      tnved: '8482200009',
      quantity: 1200,
      unit: '796',
      targetUnitPrice: 850,
      neededBy: utcDay(today, 180),
      deliveryRegionCode: '62',
      replaces: 'SKF 32210',
      critical: 'да',
      allowSplitAward: 'нет',
      publish: 'да',
    };
  }
  return {
    title: 'Подшипники роликовые конические',
    description: 'Серийное производство по ГОСТ 27365',
    okpd2: '28.15.10.120; 28.15.10.123',
    monthlyCapacity: 5000,
    unit: '796',
    minOrderQuantity: 100,
    leadTimeDays: 45,
    deliveryRegionCodes: '',
    analogues: 'SKF 32210; FAG 32210',
    pp719RegistryNumber: '10123456',
    localizationValidUntil: utcDay(today, 730),
  };
}

const TEXT_TYPES = new Set<ImportColumn['type']>([
  'okpd2',
  'okpd2List',
  'tnved',
  'unit',
  'region',
  'regionList',
  'inn',
]);

/** Column formats: codes as text (Excel would drop leading zeros), dates as dd.mm.yyyy. */
export function columnFormat(column: ImportColumn): string | undefined {
  if (TEXT_TYPES.has(column.type)) return '@';
  if (column.type === 'date') return 'dd.mm.yyyy';
  if (column.key === 'targetUnitPrice') return '#,##0.00';
  return undefined;
}

/** The data sheet's header row, widths and formats; shared with the export so both read back alike. */
export function addDataSheet(workbook: ExcelJS.Workbook, kind: ImportKind): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS[kind].map((column) => ({
    header: column.ru,
    key: column.key,
    width: Math.max(14, Math.min(40, column.ru.length + 4)),
    ...(columnFormat(column) ? { style: { numFmt: columnFormat(column) } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  return sheet;
}

function addInstructions(workbook: ExcelJS.Workbook, kind: ImportKind, regions: Region[]) {
  const sheet = workbook.addWorksheet('Инструкция');
  sheet.columns = [{ width: 32 }, { width: 14 }, { width: 70 }, { width: 50 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  sheet.addRow([
    `Заполните лист «${SHEET_NAMES[kind]}»: одна строка — одна ${kind === 'needs' ? 'потребность' : 'производственная возможность'}. Файл загружается целиком или не загружается совсем: ошибки показываются с номером строки.`,
  ]);
  sheet.addRow(['Fill one row per item; the file is imported whole or not at all, errors name the row.']);
  sheet.addRow([]);
  bold(sheet.addRow(['Столбец / Column', 'Обязательный', 'Формат', 'Format']));
  for (const column of IMPORT_COLUMNS[kind]) {
    sheet.addRow([
      `${column.ru} / ${column.en}`,
      column.required ? 'да' : 'нет',
      column.hintRu,
      column.hintEn,
    ]);
  }
  sheet.addRow([]);
  bold(sheet.addRow(['Единицы измерения (ОКЕИ) / OKEI units']));
  bold(sheet.addRow(['Код', 'Обозначение', 'Наименование', 'Name']));
  for (const unit of OKEI_UNITS) sheet.addRow([unit.code, unit.symbolRu, unit.nameRu, unit.nameEn]);
  sheet.addRow([]);
  bold(sheet.addRow(['Коды регионов / Region codes']));
  bold(sheet.addRow(['Код', '', 'Субъект РФ', 'Region']));
  for (const region of regions) sheet.addRow([region.code, '', region.nameRu, region.nameEn]);
  sheet.getColumn(1).numFmt = '@';
}

export async function buildTemplate(kind: ImportKind, regions: Region[], today: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zamena';
  const sheet = addDataSheet(workbook, kind);
  sheet.addRow(examples(kind, today));
  addInstructions(workbook, kind, regions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
