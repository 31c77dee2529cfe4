import ExcelJS from 'exceljs';
import { OKEI_UNITS, okeiLabel } from '@zamena/shared/domain/okei';
import { readableRegionName } from '@zamena/shared/domain/region-names';
import { IMPORT_COLUMNS, type ImportColumn } from '@zamena/shared/imports/import-columns';
import type { ImportKind } from '@zamena/shared/imports/imports.schemas';
import type { Region } from '@zamena/shared/reference/reference.schemas';

/** The downloadable XLSX template: headers, one example row, and a sheet that explains every column. */

export const SHEET_NAMES: Record<ImportKind, string> = { needs: 'Потребности', capabilities: 'Возможности' };

const DAY_MS = 86_400_000;
const utcDay = (date: Date, plusDays: number) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + plusDays * DAY_MS);

/** Example values: the DESIGN.md need and capability, with dates ahead of `today` so the row imports as is. */
function examples(kind: ImportKind, today: Date, regions: Region[]): Record<string, ExcelJS.CellValue> {
  const piece = OKEI_UNITS.find((unit) => unit.code === '796')!;
  const ryazan = regions.find((region) => region.code === '62');
  if (kind === 'needs') {
    return {
      title: 'Подшипник роликовый конический 7510',
      description: 'Для редукторов конвейерной линии; bearing for conveyor gearboxes',
      okpd2: '28.15.10.120',
      tnved: '8482200009',
      quantity: 1200,
      unit: okeiLabel(piece),
      targetUnitPrice: 850,
      neededBy: utcDay(today, 180),
      deliveryRegionCode: ryazan ? regionLabel(ryazan) : '62',
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
    unit: okeiLabel(piece),
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
  for (const region of regions) {
    sheet.addRow([region.code, '', readableRegionName(region.nameRu), region.nameEn]);
  }
  sheet.getColumn(1).numFmt = '@';
}

/** «62 — Рязанская область»: a region as the template's list offers it and the import reads it back. */
export const regionLabel = (region: Region) => `${region.code} — ${readableRegionName(region.nameRu)}`;

export const LISTS_SHEET = 'Списки';
/** Rows of the data sheet that get the drop-down lists: more than a regional centre files at once. */
export const LIST_ROWS = 2000;
const YES_NO = ['да', 'нет'];

/**
 * Drop-down lists (Excel's data validation) for units, regions and yes/no, read from a hidden sheet.
 * A warning, not a stop: a code typed by hand («796», «62») is still accepted by the import.
 */
function addLists(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, kind: ImportKind, regions: Region[]) {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const values = [OKEI_UNITS.map(okeiLabel), regions.map(regionLabel), YES_NO];
  values.forEach((list, index) => {
    list.forEach((value, row) => {
      lists.getCell(row + 1, index + 1).value = value;
    });
  });
  const range = (index: number) => {
    const letter = String.fromCharCode(65 + index);
    return `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${values[index]!.length}`;
  };
  const listOf: Partial<Record<ImportColumn['type'], { formula: string; prompt: string }>> = {
    unit: { formula: range(0), prompt: 'Выберите единицу из списка или напишите код ОКЕИ' },
    region: { formula: range(1), prompt: 'Выберите регион из списка или напишите двузначный код' },
    boolean: { formula: range(2), prompt: 'да или нет' },
  };
  IMPORT_COLUMNS[kind].forEach((column, index) => {
    const list = listOf[column.type];
    if (!list) return;
    for (let row = 2; row <= LIST_ROWS + 1; row += 1) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list.formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.ru,
        error: `${list.prompt} (лист «Инструкция»)`,
      };
    }
  });
}

export async function buildTemplate(kind: ImportKind, regions: Region[], today: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zamena';
  const sheet = addDataSheet(workbook, kind);
  sheet.addRow(examples(kind, today, regions));
  addInstructions(workbook, kind, regions);
  addLists(workbook, sheet, kind, regions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
