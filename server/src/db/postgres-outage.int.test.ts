import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, needBody, register, type Registered } from '../../test/fixtures';
import { startTcpProxy } from '../../test/tcp-proxy';
import { createTestApp, type TestContext } from '../../test/test-app';
import { databaseUrl } from '../../test/test-database';

const CLIENTS = 8;

let ctx: TestContext;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let buyer: Registered;

beforeAll(async () => {
  // The app reaches PostgreSQL through a proxy this test can cut (a restart as the app sees it:
  // open connections die and new ones are refused), not the shared server other tests use.
  proxy = await startTcpProxy(5432);
  ctx = await createTestApp((name) => ({
    DATABASE_URL: databaseUrl(name).replace(':5432/', `:${proxy.port()}/`),
    // Every client is one address: the per-address limit would answer 429 before the outage does.
    RATE_LIMIT_PER_MINUTE: '100000',
  }));
  buyer = await register(ctx.app);
});
afterAll(async () => {
  await proxy.open().catch(() => undefined);
  await ctx.close();
  await proxy.close();
});

type Answer = { phase: 'before' | 'down' | 'after'; status: number; body: string; retryAfter?: string };

/** Each client alternates a write (a new need) and a read (the list) until told to stop. */
async function client(id: number, phase: () => Answer['phase'], running: () => boolean, answers: Answer[]) {
  for (let round = 0; running(); round++) {
    const write = round % 2 === 0;
    const started = phase();
    const response = await ctx.app.inject(
      write
        ? {
            method: 'POST',
            url: '/api/v1/needs',
            headers: bearer(buyer.token),
            payload: needBody({ title: `Втулка бронзовая ${id}-${round}` }),
          }
        : {
            method: 'GET',
            url: `/api/v1/needs?buyerOrganizationId=${buyer.organizationId}&limit=5`,
            headers: bearer(buyer.token),
          },
    );
    answers.push({
      phase: started === phase() ? started : 'down',
      status: response.statusCode,
      body: response.body,
      retryAfter: response.headers['retry-after'] as string | undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PostgreSQL going away under load', () => {
  it('answers 503 while it is down, recovers by itself and leaves nothing half-written', async () => {
    const answers: Answer[] = [];
    let phase: Answer['phase'] = 'before';
    let running = true;
    const clients = Array.from({ length: CLIENTS }, (_, id) =>
      client(
        id,
        () => phase,
        () => running,
        answers,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    phase = 'down';
    await proxy.close();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await proxy.open();
    // The first requests after the return may still meet connections the outage broke.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    phase = 'after';
    await new Promise((resolve) => setTimeout(resolve, 1500));
    running = false;
    await Promise.all(clients);

    const of = (p: Answer['phase']) => answers.filter((answer) => answer.phase === p);
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    expect(of('before').every((answer) => answer.status < 300)).toBe(true);
    const unavailable = of('down').filter((answer) => answer.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const answer of unavailable) {
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503, code: 'service_unavailable' });
      expect(answer.retryAfter).toBeDefined();
    }
    expect(of('after').length).toBeGreaterThan(CLIENTS);
    expect(of('after').filter((answer) => answer.status >= 300)).toEqual([]);

    // Every connection came back to the pool: none was lost to a transaction whose BEGIN failed.
    const { pool } = ctx.database;
    expect(pool.totalCount - pool.idleCount).toBe(0);

    // All or nothing: every need that exists was written with its audit event, in one transaction.
    const created = answers.filter((answer) => answer.status === 201).length;
    const { rows } = await ctx.database.pool.query<{ needs: string; without_audit: string }>(
      `select count(*) as needs,
              count(*) filter (where not exists (
                select 1 from audit_events a where a.entity_type = 'need' and a.entity_id = n.id::text
              )) as without_audit
         from needs n where n.buyer_organization_id = $1`,
      [buyer.organizationId],
    );
    expect(Number(rows[0]!.needs)).toBeGreaterThanOrEqual(created);
    expect(Number(rows[0]!.without_audit)).toBe(0);
  });
});
