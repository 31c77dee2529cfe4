import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { PUBLIC_NEED_STATUSES } from './needs.permissions';
import { createNeedsSearchRepo, MAX_NAMED_SHAPES, type NeedSearch } from './needs.search.repo';

let ctx: TestContext;
let buyer: Registered;
beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  for (const title of ['Подшипник роликовый', 'Подшипники шариковые', 'Подшибник игольчатый', 'Насос'])
    await postNeed(ctx.app, buyer.token, {
      publish: true,
      title,
      okpd2: '28.15.10.123',
      replaces: undefined,
    });
});
afterAll(() => ctx.close());

/** Every combination of the nine filters (a cursor included) for `base`: 512 shapes. */
function everyShape(base: NeedSearch): NeedSearch[] {
  const cursor = base.sort === 'relevance' ? '2' : String(Date.now() * 1000);
  const filters: Partial<NeedSearch>[] = [
    { okpd2Prefix: '28' },
    { regionCode: '62' },
    { district: 'central' },
    { statuses: ['open'] },
    { critical: false },
    { buyerId: buyer.organizationId },
    { postedById: buyer.organizationId },
    { viewerOrganizationId: buyer.organizationId },
    { after: { key: cursor, id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' } },
  ];
  return Array.from({ length: 2 ** filters.length }, (_, mask) =>
    Object.assign({ ...base }, ...filters.filter((_, bit) => mask & (1 << bit))),
  );
}

const search = (overrides: Partial<NeedSearch>): NeedSearch => ({
  publicStatuses: PUBLIC_NEED_STATUSES,
  sort: 'date',
  limit: 21,
  ...overrides,
});

describe('the needs search repository', () => {
  it('names at most MAX_NAMED_SHAPES statements on a connection, whatever filters and limits come', async () => {
    // One connection: a transaction's, on which the repository's statements run too.
    await ctx.database.db.transaction(async (tx) => {
      const prepared = async () =>
        (await tx.$client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements'))
          .rows[0]!.n;
      const repo = createNeedsSearchRepo(tx);
      const before = await prepared();
      const searches = [
        ...everyShape(search({})),
        ...everyShape(search({ q: 'подшипник' })),
        ...everyShape(search({ q: 'подшипник', sort: 'relevance' })),
        ...Array.from({ length: 101 }, (_, i) => search({ q: 'насос', sort: 'relevance', limit: i + 1 })),
      ];
      for (const each of searches) await repo.search(each);
      expect(await prepared()).toBe(before + MAX_NAMED_SHAPES);
    });
  }, 120_000);

  it('answers a shape past the bound (unnamed) as it answers it named', async () => {
    const crowded = createNeedsSearchRepo(ctx.database.db);
    for (const each of everyShape(search({})).slice(0, MAX_NAMED_SHAPES)) await crowded.search(each);
    for (const each of [search({ q: 'подшипник', sort: 'relevance' }), search({ okpd2Prefix: '28.15' })]) {
      const named = await createNeedsSearchRepo(ctx.database.db).search(each);
      expect(named.length).toBeGreaterThan(0);
      expect(await crowded.search(each)).toEqual(named);
    }
  });

  it('rounds a page up to 10, 20, 50 or 100 rows in SQL and returns exactly the rows asked for', async () => {
    const repo = createNeedsSearchRepo(ctx.database.db);
    const all = await repo.search(search({ buyerId: buyer.organizationId, limit: 100 }));
    expect(all).toHaveLength(4);
    for (const limit of [1, 2, 3]) {
      expect(await repo.search(search({ buyerId: buyer.organizationId, limit }))).toEqual(
        all.slice(0, limit),
      );
    }
  });
});
