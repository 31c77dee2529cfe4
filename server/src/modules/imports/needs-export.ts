import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { NEED_IMPORT_COLUMNS } from '@zamena/shared/imports/import-columns';
import type { NeedExportQuery } from '@zamena/shared/imports/imports.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { csvStream, type CsvCell } from './csv-writer';
import { addDataSheet } from './import-template';

/**
 * GET /needs/export: the needs GET /needs would list, every page of them (up to EXPORT_LIMIT), in the
 * columns of the import template (so an export imports back), then a few columns for reading only.
 */

export const EXPORT_LIMIT = 50_000;
/** GET /needs's largest page. */
export const EXPORT_PAGE_SIZE = 100;

export type ExportedNeed = Need & { buyerInn?: string };
type ExportPage = { items: ExportedNeed[]; nextCursor: string | null };
export type NeedPager = (cursor: string | undefined) => Promise<ExportPage>;

const EXTRA_COLUMNS = [
  { key: 'id', ru: 'ID', width: 38 },
  { key: 'status', ru: 'Статус', width: 12 },
  { key: 'buyerName', ru: 'Покупатель', width: 40 },
  { key: 'createdAt', ru: 'Создана', width: 22 },
] as const;

const yesNo = (value: boolean) => (value ? 'да' : 'нет');
const dottedDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function values(need: ExportedNeed): Record<string, string | boolean | null | undefined> {
  return {
    title: need.title,
    description: need.description,
    okpd2: need.okpd2,
    tnved: need.tnved,
    quantity: need.quantity,
    unit: need.unit,
    targetUnitPrice: need.targetUnitPrice,
    neededBy: need.neededBy,
    deliveryRegionCode: need.deliveryRegionCode,
    replaces: need.replaces,
    critical: need.critical,
    allowSplitAward: need.allowSplitAward,
    publish: need.status !== 'draft',
    buyerInn: need.buyerInn,
    id: need.id,
    status: need.status,
    buyerName: need.buyer.name,
    createdAt: need.createdAt,
  };
}

/** Pages through the search, newest or most relevant first, stopping at EXPORT_LIMIT. */
async function* allNeeds(first: ExportPage, next: NeedPager) {
  let page = first;
  let sent = 0;
  for (;;) {
    for (const need of page.items.slice(0, EXPORT_LIMIT - sent)) yield need;
    sent += page.items.length;
    if (!page.nextCursor || sent >= EXPORT_LIMIT) return;
    page = await next(page.nextCursor);
  }
}

const CSV_HEADERS = [
  ...NEED_IMPORT_COLUMNS.map((column) => column.ru),
  ...EXTRA_COLUMNS.map((column) => column.ru),
];
const CSV_KEYS = [
  ...NEED_IMPORT_COLUMNS.map((column) => column.key),
  ...EXTRA_COLUMNS.map((column) => column.key),
];

/** Russian Excel reads dd.mm.yyyy dates and comma decimals. */
function csvRecord(need: ExportedNeed): CsvCell[] {
  const row = values(need);
  return CSV_KEYS.map((key) => {
    const value = row[key];
    if (value === null || value === undefined) return value;
    if (typeof value === 'boolean') return yesNo(value);
    if (key === 'neededBy') return dottedDate(value);
    if (key === 'quantity' || key === 'targetUnitPrice') return value.replace('.', ',');
    return value;
  });
}

async function* csvRecords(needs: AsyncIterable<ExportedNeed>) {
  yield CSV_HEADERS;
  for await (const need of needs) yield csvRecord(need);
}

/** A decimal string as an Excel number when that loses nothing (15 significant digits), else as text. */
const excelNumber = (value: string | null) =>
  value === null ? null : String(Number(value)) === value.replace(/\.?0+$/, '') ? Number(value) : value;

function xlsxStream(needs: AsyncIterable<ExportedNeed>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = addDataSheet(workbook, 'needs');
  sheet.columns = [
    ...sheet.columns,
    ...EXTRA_COLUMNS.map((column) => ({ header: column.ru, key: column.key, width: column.width })),
  ];
  void (async () => {
    for await (const need of needs) {
      const row = values(need);
      sheet
        .addRow({
          ...row,
          quantity: excelNumber(need.quantity),
          targetUnitPrice: excelNumber(need.targetUnitPrice),
          neededBy: new Date(`${need.neededBy}T00:00:00Z`),
          critical: yesNo(need.critical),
          allowSplitAward: yesNo(need.allowSplitAward),
          publish: yesNo(need.status !== 'draft'),
        })
        .commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}

export type NeedExport = { filename: string; contentType: string; body: Readable };

/**
 * The first page is read before anything is sent, so a refused query is still a problem document;
 * later pages stream as the client reads.
 */
export async function exportNeeds(query: NeedExportQuery, page: NeedPager, today: Date): Promise<NeedExport> {
  const first = await page(undefined);
  const needs = allNeeds(first, page);
  const stamp = today.toISOString().slice(0, 10);
  return query.format === 'csv'
    ? {
        filename: `needs-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: csvStream(csvRecords(needs)),
      }
    : {
        filename: `needs-${stamp}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxStream(needs),
      };
}
