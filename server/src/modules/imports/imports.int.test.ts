import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../../../test/fixtures';
import {
  countNeeds,
  importFile,
  NEED_HEADERS,
  needRow,
  startImportWorker,
  uploadFile,
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

/** CSV text from rows of cells, every cell quoted. */
const csvOf = (rows: unknown[][], delimiter: string) =>
  rows
    .map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(delimiter))
    .join('\r\n');

describe('needs import', () => {
  it('imports all 1,000 rows of an XLSX file, published, each with its audit event', async () => {
    const buyer = await register(ctx.app);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      needRow(i, {
        // Excel's own cell types: numbers, a real date cell, a numeric region code.
        Количество: 100 + i,
        'Целевая цена за ед., руб.': 850.5,
        'Срок поставки': new Date(Date.UTC(2030, 2, 1 + (i % 28))),
        'Регион поставки (код)': i % 2 === 0 ? 62 : '77',
      }),
    );
    const file = await xlsxOf([NEED_HEADERS, ...rows]);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'потребности.xlsx', file);

    expect(result).toMatchObject({
      status: 'succeeded',
      totalRows: 1000,
      processedRows: 1000,
      writtenRows: 1000,
      importedCount: 1000,
      errors: [],
    });
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(1000);
    const { rows: sample } = await ctx.database.pool.query(
      `SELECT title, quantity, target_unit_price, needed_by::text, delivery_region_code, unit, status, critical
         FROM needs WHERE buyer_organization_id = $1 AND title LIKE '%7503'`,
      [buyer.organizationId],
    );
    expect(sample).toEqual([
      {
        title: 'Подшипник роликовый конический 7503',
        quantity: '103.000',
        target_unit_price: '850.50',
        needed_by: '2030-03-04',
        delivery_region_code: '77',
        unit: '796',
        status: 'open',
        critical: true,
      },
    ]);
    const audit = await ctx.database.pool.query(
      "SELECT count(*) FROM audit_events WHERE action = 'need.created' AND actor_organization_id = $1",
      [buyer.organizationId],
    );
    expect(Number(audit.rows[0].count)).toBe(1000);
  });

  it('imports nothing from a file with three bad rows and reports exactly those rows and fields', async () => {
    const buyer = await register(ctx.app);
    const rows = Array.from({ length: 10 }, (_, i) => needRow(i));
    rows[2] = needRow(2, { Количество: 'много' }); // Excel row 4
    rows[5] = needRow(5, { ОКПД2: '99.99.99.999' }); // row 7: well-formed, but no such code
    rows[7] = needRow(7, { 'Срок поставки': '31.02.2030' }); // row 9
    const result = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'bad.xlsx',
      await xlsxOf([NEED_HEADERS, ...rows]),
    );

    expect(result.status).toBe('failed');
    expect(result.importedCount).toBe(0);
    expect(result.writtenRows).toBe(0);
    expect(result.errors.map(({ row, path, column }) => ({ row, path, column }))).toEqual([
      { row: 4, path: 'quantity', column: 'Количество' },
      { row: 7, path: 'okpd2', column: 'ОКПД2' },
      { row: 9, path: 'neededBy', column: 'Срок поставки' },
    ]);
    expect(result.errors.map((error) => error.code)).toEqual(['not_a_number', 'unknown_okpd2', 'not_a_date']);
    expect(result.rowsWithErrors).toBe(3);
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);
    // The upload gave way to its annotated copy.
    expect(result.annotatedFile).toBe(true);
  });

  it('tells the uploader, and only the uploader, once when an import succeeds or fails', async () => {
    const buyer = await register(ctx.app);
    const colleague = await ctx.database.pool.query(
      `INSERT INTO users (organization_id, email, password_hash, full_name, role)
       VALUES ($1, $2, 'x', 'Коллега', 'member') RETURNING id`,
      [buyer.organizationId, `colleague-${buyer.userId}@example.test`],
    );
    const good = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'хорошо.xlsx',
      await xlsxOf([NEED_HEADERS, needRow(0), needRow(1)]),
    );
    const bad = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'плохо.xlsx',
      await xlsxOf([NEED_HEADERS, needRow(0, { Количество: 'много' })]),
    );

    const told = await ctx.database.pool.query(
      `SELECT user_id, payload FROM notifications WHERE kind = 'import.finished' AND organization_id = $1
       ORDER BY created_at`,
      [buyer.organizationId],
    );
    expect(told.rows.map((row) => row.user_id)).toEqual([buyer.userId, buyer.userId]);
    expect(told.rows.map((row) => row.payload)).toEqual([
      { importId: good.id, kind: 'needs', filename: 'хорошо.xlsx', status: 'succeeded', importedCount: 2 },
      { importId: bad.id, kind: 'needs', filename: 'плохо.xlsx', status: 'failed', importedCount: 0 },
    ]);
    expect(colleague.rows).toHaveLength(1);
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: bearer(buyer.token),
    });
    expect(
      list.json().items.filter((item: { kind: string }) => item.kind === 'import.finished'),
    ).toHaveLength(2);
  });

  it('reads CSV in UTF-8 with a BOM, UTF-8 without one and Windows-1251, with «;» or «,»', async () => {
    const buyer = await register(ctx.app);
    const rows = [NEED_HEADERS, needRow(1, { Описание: 'Ёмкость; "особая"' }), needRow(2)];
    const files = [
      ['utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows, ';'))])],
      ['utf8.csv', Buffer.from(csvOf(rows, ','))],
      ['cp1251.csv', iconv.encode(csvOf(rows, ';'), 'win1251')],
      ['cp1251-comma.csv', iconv.encode(csvOf(rows, ','), 'win1251')],
    ] as const;
    for (const [filename, content] of files) {
      const result = await importFile(ctx.app, buyer.token, 'needs', filename, content);
      expect({ filename, status: result.status, errors: result.errors }).toEqual({
        filename,
        status: 'succeeded',
        errors: [],
      });
    }
    const { rows: stored } = await ctx.database.pool.query(
      'SELECT DISTINCT title, description, quantity, target_unit_price FROM needs WHERE buyer_organization_id = $1 ORDER BY title',
      [buyer.organizationId],
    );
    expect(stored).toEqual([
      {
        title: 'Подшипник роликовый конический 7501',
        description: 'Ёмкость; "особая"',
        quantity: '1200.000',
        target_unit_price: '850.50',
      },
      {
        title: 'Подшипник роликовый конический 7502',
        description: 'Для редукторов конвейерной линии',
        quantity: '1200.000',
        target_unit_price: '850.50',
      },
    ]);
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(8);
  });

  it('accepts English headers, a title above the header, Excel serial dates and «нет» for publish', async () => {
    const buyer = await register(ctx.app);
    const file = await xlsxOf([
      ['Потребности предприятия на 2030 год'],
      ['Title', 'OKPD2', 'Quantity', 'Unit (OKEI)', 'Needed by', 'Delivery region (code)', 'Publish', '№'],
      ['Fuel pump for diesel engine', '28.13.14.110', '5', 'компл.', 47_543, 1, 'нет', 1],
    ]);
    const result = await importFile(ctx.app, buyer.token, 'needs', 'english.xlsx', file);
    expect(result).toMatchObject({ status: 'succeeded', importedCount: 1 });
    const { rows } = await ctx.database.pool.query(
      'SELECT unit, needed_by::text, delivery_region_code, status FROM needs WHERE buyer_organization_id = $1',
      [buyer.organizationId],
    );
    expect(rows).toEqual([
      { unit: '839', needed_by: '2030-03-01', delivery_region_code: '01', status: 'draft' },
    ]);
  });

  it('fails an empty file, a file without a header row and one missing required columns, clearly', async () => {
    const buyer = await register(ctx.app);
    const empty = await importFile(ctx.app, buyer.token, 'needs', 'empty.csv', '');
    expect(empty).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ row: 0, path: 'file', code: 'file_empty' })],
    });
    const emptyXlsx = await importFile(ctx.app, buyer.token, 'needs', 'empty.xlsx', Buffer.alloc(0));
    expect(emptyXlsx.errors).toEqual([expect.objectContaining({ row: 0, path: 'file', code: 'file_empty' })]);
    const damaged = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'damaged.xlsx',
      Buffer.from('PK\x03\x04broken'),
    );
    expect(damaged.errors).toEqual([
      expect.objectContaining({ row: 0, path: 'file', code: 'unreadable_xlsx' }),
    ]);
    const headerOnly = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'header.xlsx',
      await xlsxOf([NEED_HEADERS]),
    );
    expect(headerOnly.errors).toEqual([expect.objectContaining({ row: 1, path: 'file', code: 'no_rows' })]);

    const noHeader = await importFile(ctx.app, buyer.token, 'needs', 'data.csv', 'a;b;c\n1;2;3\n');
    expect(noHeader.status).toBe('failed');
    expect(noHeader.errors).toEqual([
      expect.objectContaining({
        row: 1,
        path: 'header',
        code: 'no_header',
        params: { columns: expect.stringContaining('Наименование') },
      }),
    ]);

    const partial = await importFile(
      ctx.app,
      buyer.token,
      'needs',
      'partial.csv',
      'Наименование;ОКПД2\nПодшипник;28.15\n',
    );
    expect(partial.errors.map(({ row, path, column }) => ({ row, path, column }))).toEqual([
      { row: 1, path: 'quantity', column: 'Количество' },
      { row: 1, path: 'unit', column: 'Ед. изм. (ОКЕИ)' },
      { row: 1, path: 'neededBy', column: 'Срок поставки' },
      { row: 1, path: 'deliveryRegionCode', column: 'Регион поставки (код)' },
    ]);
    expect(await countNeeds(ctx.database, buyer.organizationId)).toBe(0);
  });

  it('refuses other file types with 415 and a request without a file with 400, storing nothing', async () => {
    const buyer = await register(ctx.app);
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
    ]);
    const refused = [
      await uploadFile(ctx.app, buyer.token, 'needs', 'old.xls', ole),
      await uploadFile(ctx.app, buyer.token, 'needs', 'scan.pdf', '%PDF-1.7 …', 'application/pdf'),
      await uploadFile(
        ctx.app,
        buyer.token,
        'needs',
        'image.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      ),
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/needs/import',
        headers: bearer(buyer.token),
        payload: { title: 'not a file' },
      }),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(refused[0]!.json().detail).toContain('.xlsx');

    const form = new FormData();
    form.append('note', 'no file here');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/needs/import',
      headers: { ...bearer(buyer.token), 'content-type': request.headers.get('content-type')! },
      payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: 'file', message: 'attach a .xlsx or .csv file' }]);
    const stored = await ctx.database.pool.query('SELECT count(*) FROM imports WHERE organization_id = $1', [
      buyer.organizationId,
    ]);
    expect(Number(stored.rows[0].count)).toBe(0);
  });
});
