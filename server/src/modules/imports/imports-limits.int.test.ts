import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../test/fixtures';
import {
  countNeeds,
  importFile,
  NEED_HEADERS,
  needRow,
  startImportWorker,
  uploadFile,
  waitForImport,
  xlsxOf,
} from '../../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { importFileJobId } from './imports.jobs';

let ctx: TestContext;
let worker: ReturnType<typeof startImportWorker>;
beforeAll(async () => {
  ctx = await createTestApp({ IMPORT_MAX_ROWS: '5', IMPORT_MAX_UNPACKED_BYTES: String(1024 * 1024) });
  worker = startImportWorker(ctx);
});
afterAll(async () => {
  await worker.stop();
  await ctx.close();
});

const csvOf = (rows: unknown[][]) => rows.map((row) => row.join(';')).join('\r\n');
const fileError = (code: string, params?: Record<string, number>) => [
  { row: 0, path: 'file', code, ...(params ? { params } : {}) },
];

describe('import limits', () => {
  it('refuses a file with more data rows than IMPORT_MAX_ROWS, writing nothing; one at the limit goes in', async () => {
    const buyer = await register(ctx.app);
    const six = [NEED_HEADERS, ...Array.from({ length: 6 }, (_, i) => needRow(i))];
    const tooMany = fileError('too_many_rows', { max: 5 });

    const xlsx = await importFile(ctx.app, buyer.token, 'needs', 'шесть.xlsx', await xlsxOf(six));
    expect(xlsx).toMatchObject({ status: 'failed', importedCount: 0, writtenRows: 0, errors: tooMany });
    const csv = await importFile(ctx.app, buyer.token, 'needs', 'шесть.csv', csvOf(six));
    expect(csv).toMatchObject({ status: 'failed', importedCount: 0, writtenRows: 0, errors: tooMany });
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);

    // A title above the header is not a data row.
    const five = await xlsxOf([['Потребности на 2030 год'], ...six.slice(0, 6)]);
    const atLimit = await importFile(ctx.app, buyer.token, 'needs', 'пять.xlsx', five);
    expect(atLimit).toMatchObject({ status: 'succeeded', importedCount: 5 });
  });

  it('refuses an XLSX file that unpacks past IMPORT_MAX_UNPACKED_BYTES (a zip bomb), writing nothing', async () => {
    const buyer = await register(ctx.app);
    // A good first sheet, and a second one of 3 MB of one letter: a file of a few kilobytes.
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet('Потребности');
    for (const row of [NEED_HEADERS, needRow(0)]) data.addRow(row);
    workbook.addWorksheet('Бомба').addRow(['A'.repeat(3 * 1024 * 1024)]);
    const bomb = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bomb.length).toBeLessThan(64 * 1024);

    const result = await importFile(ctx.app, buyer.token, 'needs', 'бомба.xlsx', bomb);
    expect(result).toMatchObject({
      status: 'failed',
      importedCount: 0,
      errors: fileError('too_large_unpacked', { max: 1 }),
    });
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);
  });

  it('fails a CSV with an unclosed quote at once, as not a readable CSV, without retrying its job', async () => {
    const buyer = await register(ctx.app);
    const csv = `${NEED_HEADERS.join(';')}\r\n"${needRow(0).join(';')}\r\n${needRow(1).join(';')}\r\n`;
    const response = await uploadFile(ctx.app, buyer.token, 'needs', 'кавычка.csv', csv);
    expect(response.statusCode).toBe(202);
    const id: string = response.json().id;

    // The queue's backoff would take two minutes over its attempts: a retried read never gets here.
    const result = await waitForImport(ctx.app, buyer.token, id, 10_000);
    expect(result).toMatchObject({
      status: 'failed',
      errors: fileError('unclosed_quote'),
    });
    const job = () => worker.queues.imports.getJob(importFileJobId(id));
    await expect.poll(async () => (await job())?.getState()).toBe('completed');
    expect((await job())?.stacktrace).toEqual([]);
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);
  });
});
