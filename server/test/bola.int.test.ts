import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOLA_EXCLUSIONS, BOLA_MATRIX, type MatrixRow, type Outcome } from './bola/bola-matrix';
import { buildWorld, ROLES, type Role, VICTIM_PHONE, type World } from './bola/bola-world';
import { bearer } from './fixtures';
import { fillPath, type Operation, operationsOf } from './fuzz/openapi';
import { createTestApp, type TestContext } from './test-app';

/**
 * Broken object-level authorisation: every operation of the OpenAPI document that takes an object's
 * id, called by each role (DESIGN.md §3) on objects of organizations that are not theirs.
 */
let ctx: TestContext;
let world: World;
let operations: Operation[];

beforeAll(async () => {
  ctx = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  operations = await operationsOf(ctx.app);
  world = await buildWorld(ctx.app, ctx.database);
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

/** The victims' private text: a 'filtered' answer must hold none of it. */
const secretsOf = (w: World) => [VICTIM_PHONE, w.bid, w.thread, w.lotBid, w.order, w.residency];

async function call(key: string, row: MatrixRow, token: string) {
  const [method, path] = key.split(' ') as [Operation['method'], string];
  const body = row.body?.(world);
  return ctx.app.inject({
    method,
    url: fillPath(path, row.params(world)),
    headers: { ...bearer(token), ...row.headers },
    ...(body ? { payload: body } : {}),
  });
}

/** What is wrong with `role`'s answer, or null. */
function mismatch(role: Role, outcome: Outcome, status: number, body: string): string | null {
  if (outcome === 'allowed')
    return status === 200 ? null : `${role}: allowed, but answered ${status} ${body}`;
  if (outcome === 'filtered') {
    if (status !== 200) return `${role}: expected its own part (200), got ${status} ${body}`;
    const leaked = secretsOf(world).find((secret) => body.includes(secret));
    return leaked ? `${role}: the answer holds the victims' ${leaked}` : null;
  }
  // A 404 must come from the route refusing the object, not from a route that is not there.
  if (status === outcome && !body.includes('route_not_found')) return null;
  return `${role}: expected ${outcome}, got ${status} ${body.slice(0, 200)}`;
}

describe('object-level authorisation', () => {
  it('covers every operation of the OpenAPI document that takes an id (or says why not)', () => {
    const withIds = operations.filter((operation) => /\{\w+\}/.test(operation.path)).map((op) => op.key);
    const uncovered = withIds.filter((key) => !BOLA_MATRIX[key] && !BOLA_EXCLUSIONS[key]);
    expect(uncovered, 'add these to server/test/bola/bola-matrix.ts').toEqual([]);
    const stale = [...Object.keys(BOLA_MATRIX), ...Object.keys(BOLA_EXCLUSIONS)].filter(
      (key) => !withIds.includes(key),
    );
    expect(stale, 'these are no longer in the OpenAPI document').toEqual([]);
  });

  it.each(Object.entries(BOLA_MATRIX))(
    "%s: another organization's object stays out of reach",
    async (key, row) => {
      const failures: string[] = [];
      for (const role of ROLES) {
        const outcome = row.outcomes?.[role] ?? 404;
        // Changes the role may make are not made: the other rows use the same objects.
        if (outcome === 'allowed' && !key.startsWith('GET ')) continue;
        const response = await call(key, row, world.attackers[role].token);
        if (response.statusCode >= 500) failures.push(`${role}: ${response.statusCode} ${response.body}`);
        else {
          const wrong = mismatch(role, outcome, response.statusCode, response.body);
          if (wrong) failures.push(wrong);
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
