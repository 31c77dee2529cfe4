import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from './bids-fixtures';
import { bearer, createAssociationMember, register, signInAdmin } from './fixtures';
import { answerFault } from './fuzz/fuzz-checks';
import { IdPools } from './fuzz/id-pools';
import { type Operation, operationsOf } from './fuzz/openapi';
import { type Identity, IDENTITIES, requestsFor, toInject } from './fuzz/request-arbitraries';
import { insertMatch, rebuildLots } from './lots-fixtures';
import { postCapability } from './matching-fixtures';
import { createTestApp, type TestContext } from './test-app';

/**
 * Every operation of the OpenAPI document, fed requests generated from its own schemas (bodies,
 * queries, path ids, cursors, headers) as an anonymous caller, an enterprise's owner and the platform
 * administrator. No answer may be a 5xx, an error that is not a problem document, or carry an internal
 * (a stack, a path, SQL). Seeded: FUZZ_SEED=<n> reproduces a run, FUZZ_RUNS=<n> sets the total.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
const REQUEST_TIMEOUT_MS = 10_000;

/** Operations that cannot take every identity, and why. */
const ANONYMOUS_ONLY: Record<string, string> = {
  'GET /api/v1/events':
    'a signed-in caller gets an endless event stream; the route is fuzzed up to its sign-in',
};

let ctx: TestContext;
let operations: Operation[];
const tokens: Partial<Record<Identity, string>> = {};
const ids = new IdPools();

/** Signs in again; the caller's own organization joins the ids, so its private routes are reached. */
async function signIn(identity: Identity): Promise<void> {
  const session = identity === 'user' ? await register(ctx.app) : await signInAdmin(ctx.app);
  tokens[identity] = session.token;
  ids.add('organizations', session.organizationId);
}

/** A fuzzed request may sign its caller out (logout, a removed member): sign in again when it did. */
async function keepSignedIn() {
  for (const identity of ['user', 'admin'] as const) {
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(tokens[identity]!) });
    if (me.statusCode !== 200) await signIn(identity);
  }
}

/** Objects of every kind, so generated ids often name one that exists. */
async function seedObjects() {
  const admin = await signInAdmin(ctx.app);
  const buyer = await register(ctx.app, { regionCode: '62' });
  const otherBuyer = await register(ctx.app, { regionCode: '77' });
  const maker = await register(ctx.app, { regionCode: '50' });
  await createAssociationMember(ctx.app, admin.token);
  const need = await openNeed(ctx.app, buyer.token);
  await openNeed(ctx.app, otherBuyer.token, { deliveryRegionCode: '77' });
  const capability = await postCapability(ctx.app, maker.token);
  const bid = await postBid(ctx.app, maker.token, need.id);
  await acceptedOrder(
    ctx.app,
    buyer.token,
    (await postBid(ctx.app, maker.token, (await openNeed(ctx.app, buyer.token)).id)).id,
  );
  await api(ctx.app, 'POST', `/needs/${need.id}/messages`, maker.token, { body: 'Готовы поставить' });
  await insertMatch(ctx.database, {
    needId: need.id,
    capabilityId: capability.id,
    manufacturerId: maker.organizationId,
    score: '0.9000',
    notified: true,
  });
  await rebuildLots(ctx.database);
  for (const token of [admin.token, buyer.token, maker.token]) {
    for (const operation of operations.filter((op) => op.method === 'GET' && !op.path.includes('{'))) {
      if (ANONYMOUS_ONLY[operation.key]) continue;
      const response = await ctx.app.inject({ method: 'GET', url: operation.path, headers: bearer(token) });
      ids.harvest(operation.path, response);
    }
  }
  ids.add('bids', bid.id);
  ids.add('needs', need.id);
  ids.add('capabilities', capability.id);
}

beforeAll(async () => {
  ctx = await createTestApp({
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_FAILURES_PER_ACCOUNT: '1000000',
    LOGIN_FAILURES_PER_ADDRESS: '1000000',
  });
  operations = await operationsOf(ctx.app);
  await Promise.all([signIn('user'), signIn('admin')]);
  await seedObjects();
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

/** Each operation has its own seed, so adding a route does not change what the others are sent. */
const seedOf = (operation: Operation) =>
  SEED ^ createHash('sha256').update(operation.key).digest().readInt32BE(0);

function inject(options: ReturnType<typeof toInject>) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      REQUEST_TIMEOUT_MS,
    );
  });
  return Promise.race([ctx.app.inject(options), timeout]).finally(() => clearTimeout(timer));
}

describe('the API under generated requests', () => {
  it('answers every operation without a 5xx, a non-problem error or a leaked internal', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const runs = Math.max(10, Math.ceil(TOTAL_RUNS / operations.length));
    let sent = 0;
    // Every operation is fuzzed even when one fails: the report lists them all, each with its seed.
    const failures: string[] = [];
    for (const operation of operations) {
      const identities = ANONYMOUS_ONLY[operation.key] ? (['anonymous'] as const) : IDENTITIES;
      const property = fc.asyncProperty(requestsFor(operation, identities), async (request) => {
        const options = toInject(request, operation, ids, tokens[request.identity]);
        const response = await inject(options);
        sent++;
        const fault = answerFault(response);
        if (fault)
          throw new Error(
            `${operation.key} as ${request.identity}: ${options.method} ${String(options.url).slice(0, 300)} ${fault}`,
          );
        ids.harvest(operation.path, response);
      });
      const details = await fc.check(property, {
        seed: seedOf(operation),
        numRuns: runs,
        includeErrorInReport: true,
      });
      if (details.failed) failures.push(`${operation.key}: ${fc.defaultReportMessage(details)}`);
      await keepSignedIn();
    }
    if (failures.length > 0) expect.fail(failures.join('\n\n'));
    expect(sent).toBeGreaterThanOrEqual(operations.length * runs);
    const health = await ctx.app.inject({ method: 'GET', url: '/api/v1/healthz' });
    expect(health.statusCode).toBe(200);
  }, 180_000);
});
