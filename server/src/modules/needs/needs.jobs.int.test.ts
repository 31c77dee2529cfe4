import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { expireOverdueNeeds } from './needs.jobs';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('expire-needs', () => {
  it('expires open needs past their needed-by date, with audit events and outbox rows, once', async () => {
    const buyer = await register(ctx.app);
    const due = await postNeed(ctx.app, buyer.token, { publish: true, neededBy: '2030-03-01' });
    const later = await postNeed(ctx.app, buyer.token, { publish: true, neededBy: '2031-06-01' });
    const draft = await postNeed(ctx.app, buyer.token, { neededBy: '2030-03-01' });
    const status = async (id: string) =>
      (
        await ctx.app.inject({ method: 'GET', url: `/api/v1/needs/${id}`, headers: bearer(buyer.token) })
      ).json();

    // Due on the day itself is not overdue yet.
    expect(await expireOverdueNeeds(ctx.database.db, new Date('2030-03-01T23:59:59Z'))).toBe(0);
    expect(await expireOverdueNeeds(ctx.database.db, new Date('2030-03-02T00:00:01Z'))).toBe(1);
    expect(await expireOverdueNeeds(ctx.database.db, new Date('2030-03-02T00:00:01Z'))).toBe(0);

    expect(await status(due.id)).toMatchObject({ status: 'expired', version: 2 });
    expect(await status(later.id)).toMatchObject({ status: 'open', version: 1 });
    expect(await status(draft.id)).toMatchObject({ status: 'draft', version: 1 });

    const audit = await ctx.database.pool.query(
      "SELECT actor_user_id, before, after FROM audit_events WHERE entity_id = $1 AND action = 'need.expired'",
      [due.id],
    );
    expect(audit.rows).toEqual([
      {
        actor_user_id: null,
        before: { status: 'open', version: 1 },
        after: { status: 'expired', version: 2, neededBy: '2030-03-01' },
      },
    ]);
    const outbox = await ctx.database.pool.query(
      "SELECT topic, job_name, job_id FROM outbox WHERE payload->>'needId' = $1 ORDER BY id DESC LIMIT 1",
      [due.id],
    );
    expect(outbox.rows).toEqual([
      { topic: 'need.changed', job_name: 'match-need', job_id: `match-need-${due.id}-v2` },
    ]);
  });
});
