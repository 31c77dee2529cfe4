import ExcelJS from 'exceljs';
import { parseEnv } from '../../src/config/env';
import { createCapabilitiesService } from '../../src/modules/capabilities/capabilities.service';
import { createImportRunner } from '../../src/modules/imports/import-runner';
import { createNeedsService } from '../../src/modules/needs/needs.service';
import type { BenchContext, BenchSection, BenchTable } from '../bench-context';

/**
 * A 10,000-row XLSX of needs through the real path: multipart upload to the API (202), then the
 * import-file job's handler, as the worker runs it, to the end (all rows in one transaction).
 */

const ROWS = 10_000;
const HEADERS = [
  'Наименование',
  'Описание',
  'ОКПД2',
  'Количество',
  'Ед. изм. (ОКЕИ)',
  'Целевая цена за ед., руб.',
  'Срок поставки',
  'Регион поставки (код)',
  'Заменяемый импортный аналог',
  'Критично',
];

async function workbook(regions: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Потребности');
  sheet.addRow(HEADERS);
  const neededBy = new Date(Date.now() + 200 * 86_400_000);
  for (let i = 0; i < ROWS; i++) {
    sheet.addRow([
      `Подшипник роликовый конический 75${i}`,
      'Для редукторов конвейерной линии; bearing for conveyor gearboxes',
      '28.15.10.120',
      100 + (i % 900),
      'шт',
      850.5,
      neededBy,
      regions[i % regions.length],
      `SKF 322${i}`,
      i % 5 === 0 ? 'да' : 'нет',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Leaves the data as loaded, for the sections after this one and for `--reuse`. */
async function removeImported(ctx: BenchContext) {
  const last = `(SELECT user_id, created_at FROM imports ORDER BY created_at DESC LIMIT 1)`;
  const owner = `(SELECT organization_id FROM users WHERE id = (SELECT user_id FROM ${last} i))`;
  // Only the needs this import wrote: other sections (matching) post needs as the same organization.
  const importedRows = `buyer_organization_id = ${owner} AND created_at >= (SELECT created_at FROM ${last} i)`;
  const imported = `(SELECT id::text FROM needs WHERE ${importedRows})`;
  await ctx.database.pool.query(`DELETE FROM outbox WHERE payload->>'needId' IN ${imported}`);
  await ctx.database.pool.query(
    `DELETE FROM audit_events WHERE entity_type = 'need' AND entity_id IN ${imported}`,
  );
  await ctx.database.pool.query(`DELETE FROM needs WHERE ${importedRows}`);
  // The search terms of the removed needs go with them (a trigger); this machine may run no autovacuum.
  await ctx.database.pool.query('VACUUM ANALYZE needs, need_search_terms, audit_events, outbox');
}

async function run(ctx: BenchContext): Promise<BenchTable> {
  const { organizations, reference } = ctx.app.services;
  const defaults = parseEnv({});
  const runner = createImportRunner({
    db: ctx.database.db,
    needsFor: (db) => createNeedsService({ db, organizations, reference }),
    capabilitiesFor: (db) => createCapabilitiesService({ db, organizations, reference }),
    // The worker's default limits (env.ts); the bench file is well within them.
    limits: { maxRows: defaults.IMPORT_MAX_ROWS, maxUnpackedBytes: defaults.IMPORT_MAX_UNPACKED_BYTES },
  });
  const regions = (await ctx.database.pool.query<{ code: string }>('SELECT code FROM regions')).rows;
  const file = await workbook(regions.map((region) => region.code));
  const started = performance.now();
  const form = new FormData();
  form.append('file', new Blob([file]), 'needs-10000.xlsx');
  const response = await fetch(`${ctx.apiOrigin}/api/v1/needs/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.token}` },
    body: form,
  });
  if (response.status !== 202)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const uploaded = performance.now();
  await runner.run(id);
  const finished = performance.now();
  const outcome = (await (
    await fetch(`${ctx.apiOrigin}/api/v1/imports/${id}`, {
      headers: { authorization: `Bearer ${ctx.token}` },
    })
  ).json()) as { status: string; importedCount: number; errors: unknown[] };
  if (outcome.status !== 'succeeded')
    throw new Error(`import failed: ${JSON.stringify(outcome.errors).slice(0, 500)}`);
  const seconds = (finished - started) / 1000;
  await removeImported(ctx);
  return {
    title: 'Import of needs from XLSX',
    columns: ['file', 'rows imported', 'upload ms', 'import job s', 'total s', 'rows/s'],
    rows: [
      [
        `${(file.length / 1024).toFixed(0)} KiB XLSX`,
        outcome.importedCount.toLocaleString('en-US'),
        (uploaded - started).toFixed(0),
        ((finished - uploaded) / 1000).toFixed(1),
        seconds.toFixed(1),
        Math.round(outcome.importedCount / seconds).toLocaleString('en-US'),
      ],
    ],
    notes: [
      'the job runs in the bench process as the worker runs it: read, check every row, one transaction',
    ],
  };
}

export const importsSection: BenchSection = { name: 'imports', run };
