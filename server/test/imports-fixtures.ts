import ExcelJS from 'exceljs';
import type { App } from '../src/app';
import type { Database } from '../src/db/client';
import type { Env } from '../src/config/env';
import { createLogger } from '../src/lib/logger';
import { createCapabilitiesService } from '../src/modules/capabilities/capabilities.service';
import { importJobHandlers } from '../src/modules/imports/imports.handlers';
import { createNeedsService } from '../src/modules/needs/needs.service';
import { createRedis } from '../src/queue/connections';
import { startOutboxRelay } from '../src/queue/outbox-relay';
import { closeQueues, createQueues } from '../src/queue/queues';
import { handlerTable, startWorkers } from '../src/queue/worker-runtime';
import { bearer } from './fixtures';
import type { Import } from '@zamena/shared/imports/imports.schemas';

/**
 * The worker side of imports for a test app, wired as worker.ts wires it: the outbox relay moves the
 * upload's job into BullMQ (under the test's key prefix) and a real BullMQ worker runs it.
 */
export function startImportWorker(ctx: { app: App; database: Database; env: Env }) {
  const log = createLogger('silent', 'test-worker');
  const { organizations, reference } = ctx.app.services;
  const producer = createRedis(ctx.env.REDIS_URL, 'producer', log);
  const queues = createQueues(producer, ctx.env.QUEUE_PREFIX);
  const relay = startOutboxRelay({ pool: ctx.database.pool, queues, log, pollMs: 100 });
  const connection = createRedis(ctx.env.REDIS_URL, 'worker', log);
  const workers = startWorkers({
    connection,
    prefix: ctx.env.QUEUE_PREFIX,
    concurrency: ctx.env.IMPORT_CONCURRENCY,
    handlers: handlerTable(
      importJobHandlers({
        db: ctx.database.db,
        needsFor: (db) => createNeedsService({ db, organizations, reference }),
        capabilitiesFor: (db) => createCapabilitiesService({ db, organizations, reference }),
        limits: { maxRows: ctx.env.IMPORT_MAX_ROWS, maxUnpackedBytes: ctx.env.IMPORT_MAX_UNPACKED_BYTES },
      }),
    ),
    log,
  });
  return {
    queues,
    async stop() {
      await relay.stop();
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })));
      await closeQueues(queues);
      producer.disconnect();
      connection.disconnect();
    },
  };
}

/** A multipart/form-data body with one file in the field `file`, as a browser would send it. */
export async function multipart(
  filename: string,
  content: Buffer | string,
  type = 'application/octet-stream',
) {
  const form = new FormData();
  const bytes = typeof content === 'string' ? content : new Uint8Array(content);
  form.append('file', new Blob([bytes], { type }), filename);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type')!,
  };
}

export async function uploadFile(
  app: App,
  token: string,
  kind: 'needs' | 'capabilities',
  filename: string,
  content: Buffer | string,
  type?: string,
) {
  const { payload, contentType } = await multipart(filename, content, type);
  return app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/import`,
    headers: { ...bearer(token), 'content-type': contentType },
    payload,
  });
}

export type ImportResult = Import;

/** Polls GET /imports/:id until the import has finished. */
export async function waitForImport(
  app: App,
  token: string,
  id: string,
  timeoutMs = 60_000,
): Promise<ImportResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${id}`,
      headers: bearer(token),
    });
    const body = response.json() as ImportResult;
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uploads a file and waits for its outcome; fails the test unless the upload is accepted. */
export async function importFile(
  app: App,
  token: string,
  kind: 'needs' | 'capabilities',
  filename: string,
  content: Buffer | string,
): Promise<ImportResult> {
  const response = await uploadFile(app, token, kind, filename, content);
  if (response.statusCode !== 202) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return waitForImport(app, token, response.json().id);
}

/** An XLSX workbook of one sheet: a header row, then the rows. */
export async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet of an XLSX file as arrays of cell values (1-based columns shifted to 0). */
export async function readXlsx(content: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

export const NEED_HEADERS = [
  'Наименование',
  'Описание',
  'ОКПД2',
  'ТН ВЭД',
  'Количество',
  'Ед. изм. (ОКЕИ)',
  'Целевая цена за ед., руб.',
  'Срок поставки',
  'Регион поставки (код)',
  'Заменяемый импортный аналог',
  'Критично',
];

/** One need row in NEED_HEADERS order, as people type it in Excel. */
export const needRow = (
  index: number,
  overrides: Partial<Record<(typeof NEED_HEADERS)[number], unknown>> = {},
) => {
  const base: Record<string, unknown> = {
    Наименование: `Подшипник роликовый конический 75${String(index).padStart(2, '0')}`,
    Описание: 'Для редукторов конвейерной линии',
    ОКПД2: '28.15.10.120',
    'ТН ВЭД': '8482200009',
    Количество: '1 200',
    'Ед. изм. (ОКЕИ)': 'шт',
    'Целевая цена за ед., руб.': '850,50',
    'Срок поставки': '01.03.2030',
    'Регион поставки (код)': '62',
    'Заменяемый импортный аналог': `SKF 322${index}`,
    Критично: 'да',
    ...overrides,
  };
  return NEED_HEADERS.map((header) => base[header]);
};

/** Needs an organization buys, counted in the database: what an import did or did not write. */
export async function countNeeds(database: Database, buyerId: string): Promise<number> {
  const { rows } = await database.pool.query<{ count: string }>(
    'SELECT count(*) FROM needs WHERE buyer_organization_id = $1',
    [buyerId],
  );
  return Number(rows[0]!.count);
}
