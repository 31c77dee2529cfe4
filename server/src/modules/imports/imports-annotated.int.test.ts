import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../../../test/fixtures';
import {
  countNeeds,
  importFile,
  NEED_HEADERS,
  needRow,
  startImportWorker,
  xlsxOf,
} from '../../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let worker: ReturnType<typeof startImportWorker>;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = startImportWorker(ctx);
});
afterAll(async () => {
  await worker.stop();
  await ctx.close();
});

/** One row with nine problems, one per column, as a newcomer might fill it in. */
const NINE_PROBLEMS = {
  Наименование: 'Пб',
  ОКПД2: '99.99.99.999',
  'ТН ВЭД': '84-82',
  Количество: '−5',
  'Ед. изм. (ОКЕИ)': 'бочка',
  'Целевая цена за ед., руб.': '850,555',
  'Срок поставки': '31.02.2030',
  'Регион поставки (код)': 'Атлантида',
  Критично: 'может быть',
} as const;

const NINE_CODES = [
  ['Наименование', 'too_short'],
  ['ОКПД2', 'unknown_okpd2'],
  ['ТН ВЭД', 'bad_tnved'],
  ['Количество', 'not_positive'],
  ['Ед. изм. (ОКЕИ)', 'unknown_unit'],
  ['Целевая цена за ед., руб.', 'too_many_decimals'],
  ['Срок поставки', 'not_a_date'],
  ['Регион поставки (код)', 'unknown_region'],
  ['Критично', 'not_yes_no'],
];

const csvOf = (rows: unknown[][]) => rows.map((row) => row.join(';')).join('\r\n');

const annotated = (id: string, token: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/annotated`, headers: bearer(token) });

describe('an import reports everything at once', () => {
  it('reports all nine problems of one row in one upload and counts rows, not problems', async () => {
    const buyer = await register(ctx.app);
    const rows = [
      NEED_HEADERS,
      needRow(1),
      needRow(2, NINE_PROBLEMS),
      needRow(3, { 'Регион поставки (код)': 'Республика Адыгея' }),
      needRow(4, { 'Срок поставки': '01.01.2020' }),
    ];
    const result = await importFile(ctx.app, buyer.token, 'needs', 'девять.xlsx', await xlsxOf(rows));

    expect(result.status).toBe('failed');
    expect(result.errors.filter((error) => error.row === 3).map((e) => [e.column, e.code])).toEqual(
      NINE_CODES,
    );
    // The full region name the client shows is read; a date in the past is found in the same pass.
    expect(result.errors.filter((error) => error.row !== 3)).toEqual([
      expect.objectContaining({ row: 5, path: 'neededBy', code: 'date_in_past' }),
    ]);
    expect(result.rowsWithErrors).toBe(2);
    expect(result.errors.find((error) => error.path === 'quantity')?.message).toBe(
      'Must be greater than zero.',
    );
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);
  });

  it('serves the XLSX upload back as XLSX with each row’s problems in an added column', async () => {
    const buyer = await register(ctx.app);
    const upload = await xlsxOf([NEED_HEADERS, needRow(1), needRow(2, NINE_PROBLEMS)]);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'девять.xlsx', upload);
    expect(result.annotatedFile).toBe(true);

    const response = await annotated(result.id, buyer.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('девять-errors.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const noteColumn = NEED_HEADERS.length + 1;
    expect(sheet.getCell(1, noteColumn).value).toBe('Ошибки импорта');
    expect(sheet.getCell(2, noteColumn).value).toBeNull();
    const note = String(sheet.getCell(3, noteColumn).value);
    expect(note.split('\n')).toHaveLength(9);
    expect(note).toContain('Количество: Должно быть больше нуля.');
    expect(note).toContain('Срок поставки: «31.02.2030» — не дата. Напишите дату в формате ДД.ММ.ГГГГ');
    expect(note).toContain('Ед. изм. (ОКЕИ): Единицы «бочка» нет в списке');
    expect(sheet.getCell(3, 1).value).toBe('Пб');
    expect(sheet.getCell(3, 5).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell(2, 5).fill).toBeUndefined();

    // Fixed in place, the annotated copy imports as it is: its added column is ignored.
    const fixed = needRow(2);
    fixed.forEach((value, index) => {
      sheet.getCell(3, index + 1).value = value as ExcelJS.CellValue;
    });
    const again = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'исправлено.xlsx',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(again).toMatchObject({ status: 'succeeded', importedCount: 2 });
  });

  it('serves a CSV upload back as CSV, rows at their own numbers, written by the project’s CSV writer', async () => {
    const buyer = await register(ctx.app);
    const csv = csvOf([
      NEED_HEADERS,
      needRow(1),
      [],
      needRow(3, { Наименование: '=HYPERLINK("http://evil.example")', Количество: '0' }),
    ]);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'ошибки.csv', csv);
    expect(result.errors.map(({ row, code }) => [row, code])).toEqual([[4, 'not_positive']]);

    const response = await annotated(result.id, buyer.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('ошибки-errors.csv'));
    const records: string[][] = parse(response.rawPayload, {
      bom: true,
      delimiter: ';',
      relax_column_count: true,
    });
    expect(records[0]!.at(-1)).toBe('Ошибки импорта');
    expect(records[1]!.at(-1)).toBe('');
    expect(records[2]).toEqual(['']);
    expect(records[3]![0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(records[3]!.at(-1)).toBe('Количество: Должно быть больше нуля.');
  });

  it('writes the annotated copy in the uploader’s language', async () => {
    const buyer = await register(ctx.app);
    await ctx.database.pool.query(`UPDATE users SET language = 'en' WHERE id = $1`, [buyer.userId]);
    const csv = csvOf([NEED_HEADERS, needRow(1, { Критично: 'может быть' })]);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'en.csv', csv);
    const records: string[][] = parse((await annotated(result.id, buyer.token)).rawPayload, {
      bom: true,
      delimiter: ';',
    });
    expect(records[0]!.at(-1)).toBe('Import problems');
    expect(records[1]!.at(-1)).toBe('Критично: «может быть» — write «да» (yes) or «нет» (no).');
  });
});
