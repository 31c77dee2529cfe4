import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';
import { needBuyerColumns, needColumns } from '../modules/needs/needs.repo';
import { prepareRowMapped } from './row-mapped-statement';
import { needs, organizations } from './schema';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const pageQuery = () =>
  ctx.database.db
    .select({
      need: needColumns,
      buyer: needBuyerColumns,
      rank: sql<string>`(1.5)::numeric::text`,
      flagged: sql<boolean>`${needs.critical} AND ${needs.replaces} IS NOT NULL`.as('flagged'),
      count: sql`${needs.version}`.mapWith(Number),
    })
    .from(needs)
    .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
    .where(eq(needs.buyerOrganizationId, sql.placeholder('buyer')))
    .orderBy(needs.createdAt);

describe('row-mapped statements', () => {
  it('map rows exactly as drizzle does: nested objects, dates, numerics, JSON, nulls, decoders', async () => {
    const buyer = await register(ctx.app);
    await postNeed(ctx.app, buyer.token);
    await postNeed(ctx.app, buyer.token, {
      targetUnitPrice: undefined,
      replaces: undefined,
      tnved: '8482200009',
    });

    const byDrizzle = await pageQuery()
      .prepare('row_mapped_reference')
      .execute({ buyer: buyer.organizationId });
    const statement = prepareRowMapped<Record<string, unknown>>(
      ctx.database.db,
      'row_mapped_test',
      pageQuery(),
    );
    const mapped = await statement({ buyer: buyer.organizationId });

    expect(byDrizzle).toHaveLength(2);
    expect(mapped).toEqual(byDrizzle);
    const [first] = mapped as (typeof byDrizzle)[number][];
    expect(first!.need.createdAt).toBeInstanceOf(Date);
    expect(typeof first!.need.quantity).toBe('string');
    expect(first!.count).toBe(1);
    // Named: a second run binds to the statement the connection already prepared.
    expect(await statement({ buyer: buyer.organizationId })).toEqual(byDrizzle);
  });
});
