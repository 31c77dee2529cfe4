import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';
import { needBuyerColumns, needColumns } from '../modules/needs/needs.repo';
import { rowMappedSelection, type Selection } from './row-mapped-statement';
import { needs, organizations } from './schema';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const selection = {
  need: needColumns,
  buyer: needBuyerColumns,
  rank: sql<string>`(1.5)::numeric::text`,
  flagged: sql<boolean>`${needs.critical} AND ${needs.replaces} IS NOT NULL`,
  version: sql<number>`${needs.version}`,
} satisfies Selection;

describe('row-mapped statements', () => {
  it('map rows exactly as drizzle does: nested objects, dates, numerics, JSON, nulls', async () => {
    const buyer = await register(ctx.app);
    await postNeed(ctx.app, buyer.token);
    await postNeed(ctx.app, buyer.token, {
      targetUnitPrice: undefined,
      replaces: undefined,
      tnved: '8482200009',
    });

    const byDrizzle = await ctx.database.db
      .select(selection)
      .from(needs)
      .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
      .where(eq(needs.buyerOrganizationId, buyer.organizationId))
      .orderBy(needs.createdAt);
    const page = rowMappedSelection<(typeof byDrizzle)[number]>(selection);
    const statement = page.statement(
      ctx.database.db,
      sql`SELECT ${page.selectList} FROM ${needs}
        JOIN ${organizations} ON ${organizations.id} = ${needs.buyerOrganizationId}
        WHERE ${needs.buyerOrganizationId} = ${sql.placeholder('buyer')} ORDER BY ${needs.createdAt}`,
      'row_mapped_test',
    );
    const mapped = await statement({ buyer: buyer.organizationId });

    expect(byDrizzle).toHaveLength(2);
    expect(mapped).toEqual(byDrizzle);
    expect(mapped[0]!.need.createdAt).toBeInstanceOf(Date);
    expect(typeof mapped[0]!.need.quantity).toBe('string');
    expect(mapped[1]!.need.targetUnitPrice).toBeNull();
    // Named: a second run binds to the statement the connection already prepared.
    expect(await statement({ buyer: buyer.organizationId })).toEqual(byDrizzle);
  });
});
