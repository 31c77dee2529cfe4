import type { BenchContext, BenchSection, BenchTable } from '../bench-context';
import { type LoadResult, percentile } from '../load-generator';
import { captureStatements } from '../sql-twin';

/**
 * The hot needs routes against their bare twins (sql-twin.ts): each path is requested once to warm the
 * caches, then twice with its statements recorded (the shorter recording kept), and the twin replays
 * those on raw pg. Rounds alternate ours, twin, ours, twin … (and the two reference baselines), so drift
 * and the neighbours' load hit both alike; each round is `connections` keep-alive connections for
 * req/s, then one for sequential latency. The ratio is taken per round (a route and its twin run back to
 * back) and its spread is printed: on a shared machine one round can lose half its CPU.
 */

/** ours ÷ twin: what the stack (auth, validation, drizzle, mapping, serialization) may cost. */
const MIN_RATIO = 0.7;

type Target = { origin: string; paths: string[]; auth: boolean };
type Route = { key: string; name: string; ours: Target; twin: Target; statements: number[] };

type Samples = { rounds: number[]; errors: number; firstError?: string; latencies: number[] };
const empty = (): Samples => ({ rounds: [], errors: 0, latencies: [] });
function add(samples: Samples, result: LoadResult) {
  samples.rounds.push(result.requests / result.seconds);
  samples.errors += result.errors;
  samples.firstError ??= result.firstError;
  for (const latency of result.latenciesMs) samples.latencies.push(latency);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const range = (values: number[], format: (value: number) => string) =>
  `${format(Math.min(...values))}–${format(Math.max(...values))}`;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const latency = (samples: Samples) => {
  const values = sorted(samples.latencies);
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
};

async function get(ctx: BenchContext, path: string) {
  const response = await fetch(`${ctx.apiOrigin}${path}`, {
    headers: { authorization: `Bearer ${ctx.token}` },
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body}`);
  return JSON.parse(body) as { items?: unknown[] };
}

/** Our route over `paths` and its twin: per path, the statements of one warm request. */
async function route(ctx: BenchContext, key: string, name: string, paths: string[]): Promise<Route> {
  const twinPaths: string[] = [];
  const statements: number[] = [];
  for (const path of paths) {
    await get(ctx, path); // warms the caches
    // Of two recordings the shorter: a session-state refresh of the auth plugin may fall in one.
    const first = await captureStatements(() => get(ctx, path));
    const second = await captureStatements(() => get(ctx, path));
    const captured = second.length < first.length ? second : first;
    statements.push(captured.length);
    twinPaths.push(ctx.addTwin(captured));
  }
  return {
    key,
    name,
    ours: { origin: ctx.apiOrigin, paths, auth: true },
    twin: { origin: ctx.baselineOrigin, paths: twinPaths, auth: false },
    statements,
  };
}

async function run(ctx: BenchContext): Promise<BenchTable> {
  const { data, options } = ctx;
  const q = (text: string) => encodeURIComponent(text);
  // Open needs: another organization's draft or closed need answers 404.
  const detailIds = (
    await ctx.database.pool.query<{ id: string }>(
      "SELECT id FROM needs WHERE id = ANY($1::uuid[]) AND status = 'open' LIMIT 200",
      [data.sampleNeedIds],
    )
  ).rows.map((row) => row.id);
  const routes = [
    await route(
      ctx,
      'word',
      `GET /needs?q=<word> (${data.searchWords.length} words in turn)`,
      data.searchWords.map((word) => `/api/v1/needs?q=${q(word)}`),
    ),
    await route(
      ctx,
      'words',
      `GET /needs?q=<2–3 words> (${data.searchPhrases.length} phrases)`,
      data.searchPhrases.map((phrase) => `/api/v1/needs?q=${q(phrase)}`),
    ),
    await route(
      ctx,
      'word+filters',
      'GET /needs?q=<word>&okpd2=<its subclass>&region=62',
      data.wordClasses.map(({ word, okpd2 }) => `/api/v1/needs?q=${q(word)}&okpd2=${okpd2}&region=62`),
    ),
    await route(ctx, 'filtered', 'GET /needs?okpd2=28.15&region=62', ['/api/v1/needs?okpd2=28.15&region=62']),
    await route(
      ctx,
      'detail',
      `GET /needs/:id (${detailIds.length} open needs in turn)`,
      detailIds.map((id) => `/api/v1/needs/${id}`),
    ),
  ];
  const references: [string, Target][] = [
    ['bare Fastify JSON route', { origin: ctx.baselineOrigin, paths: ['/hello'], auth: false }],
    [
      'one primary-key select, raw pg',
      {
        origin: ctx.baselineOrigin,
        paths: data.sampleNeedIds.map((id) => `/needs/${id}`),
        auth: false,
      },
    ],
  ];
  const lists = routes.filter((r) => r.key !== 'detail');
  const pages = await Promise.all(
    lists.map(async (r) =>
      (await Promise.all(r.ours.paths.map((path) => get(ctx, path)))).map((page) => page.items?.length ?? 0),
    ),
  );

  const measure = (target: Target, connections: number, seconds: number) =>
    ctx.load.run({
      origin: target.origin,
      paths: target.paths,
      headers: target.auth ? { authorization: `Bearer ${ctx.token}` } : undefined,
      connections,
      durationMs: seconds * 1000,
    });
  const targets = [...routes.flatMap((r) => [r.ours, r.twin]), ...references.map(([, target]) => target)];
  for (const target of targets) await measure(target, options.connections, 1); // warm-up, not counted
  const loaded = new Map(targets.map((target) => [target, empty()]));
  const alone = new Map(targets.map((target) => [target, empty()]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) {
      add(loaded.get(target)!, await measure(target, options.connections, options.roundSeconds));
      add(alone.get(target)!, await measure(target, 1, options.sequentialSeconds));
    }
    ctx.log(`search: round ${round}/${options.rounds} done`);
  }

  const notes: string[] = [];
  for (const target of targets) {
    const errors = loaded.get(target)!.errors + alone.get(target)!.errors;
    const first = loaded.get(target)!.firstError ?? alone.get(target)!.firstError;
    if (errors > 0) notes.push(`${target.origin}${target.paths[0]}: ${errors} failed requests (${first})`);
  }
  const rate = (target: Target) => count(mean(loaded.get(target)!.rounds));
  const rows = routes.map((r) => {
    const ours = loaded.get(r.ours)!;
    const twin = loaded.get(r.twin)!;
    const ratios = ours.rounds.map((value, i) => value / twin.rounds[i]!);
    const ratio = mean(ours.rounds) / mean(twin.rounds);
    return [
      r.name,
      `${rate(r.ours)} (${range(ours.rounds, count)})`,
      `${rate(r.twin)} (${range(twin.rounds, count)})`,
      `${ratio.toFixed(2)}× (${range(ratios, (value) => value.toFixed(2))})`,
      latency(ours),
      latency(twin),
      `${latency(alone.get(r.ours)!)} · ${latency(alone.get(r.twin)!)}`,
      `≥ ${MIN_RATIO}× ${ratio >= MIN_RATIO ? '✅' : '❌'}`,
    ];
  });
  for (const [name, target] of references) {
    const samples = loaded.get(target)!;
    const rates = `${rate(target)} (${range(samples.rounds, count)})`;
    rows.push([name, '', rates, '', '', latency(samples), `· ${latency(alone.get(target)!)}`, 'reference']);
  }
  notes.push(
    `page sizes: ${lists.map((r, i) => `${r.key} ${range(pages[i]!, String)}`).join('; ')}`,
    `statements per request (recorded for the twins): ${routes
      .map((r) => `${r.key} ${range(r.statements, String)}`)
      .join('; ')}`,
    `req/s: mean of ${options.rounds} alternating rounds of ${options.roundSeconds} s with ${options.connections} connections (min–max of rounds); ratio per round in brackets; seq: ${options.sequentialSeconds} s on one connection per round`,
  );
  return {
    title: `Needs routes and their bare twins (${data.counts.needs.toLocaleString('en-US')} needs)`,
    columns: [
      'route',
      'ours req/s',
      'twin req/s',
      'ours ÷ twin',
      'ours p50 / p95 ms',
      'twin p50 / p95 ms',
      'seq p50 / p95 ms, ours · twin',
      'target',
    ],
    rows,
    notes,
  };
}

export const searchSection: BenchSection = { name: 'search', run };
