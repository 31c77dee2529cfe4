import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../../../test/fixtures';
import { NEED_HEADERS, needRow, xlsxOf } from '../../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createCapabilitiesService } from '../capabilities/capabilities.service';
import { createNeedsService } from '../needs/needs.service';
import { createImportRunner } from './import-runner';
import { createImportsRepo } from './imports.repo';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.close();
});

describe('import write progress', () => {
  it('shows the rows written while the final transaction runs, then the rows imported', async () => {
    const buyer = await register(ctx.app);
    const file = await xlsxOf([NEED_HEADERS, ...Array.from({ length: 2500 }, (_, i) => needRow(i))]);
    // Run here rather than by a worker, so the test can look at the import between the write's statements.
    const upload = await createImportsRepo(ctx.database.db).insert({
      organizationId: buyer.organizationId,
      userId: buyer.userId,
      kind: 'needs',
      filename: 'потребности.xlsx',
      content: file,
    });
    const read = async () =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/imports/${upload.id}`,
          headers: bearer(buyer.token),
        })
      ).json();
    const seenByClient: number[] = [];
    const { organizations, reference } = ctx.app.services;
    const runner = createImportRunner({
      db: ctx.database.db,
      needsFor: (db) => {
        const needs = createNeedsService({ db, organizations, reference });
        return {
          checkMany: needs.checkMany,
          // The real service; after each progress report the client reads the import (another connection).
          createMany: (inputs, actor, progress) =>
            needs.createMany(inputs, actor, async (written) => {
              await progress?.(written);
              seenByClient.push((await read()).writtenRows);
            }),
        };
      },
      capabilitiesFor: (db) => createCapabilitiesService({ db, organizations, reference }),
      limits: { maxRows: ctx.env.IMPORT_MAX_ROWS, maxUnpackedBytes: ctx.env.IMPORT_MAX_UNPACKED_BYTES },
    });

    await runner.run(upload.id);

    expect(seenByClient).toEqual([1000, 2000, 2500]);
    expect(await read()).toMatchObject({
      status: 'succeeded',
      totalRows: 2500,
      processedRows: 2500,
      writtenRows: 2500,
      importedCount: 2500,
    });
  });
});
