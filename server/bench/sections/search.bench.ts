import type { BenchContext, BenchSection, BenchTable } from '../bench-context';
import { type LoadResult, percentile } from '../load-generator';

/**
 * Needs search against two baselines measured in the same run: a bare Fastify JSON route and one
 * primary-key select through raw pg. Rounds alternate A B C D, A B C D … so drift (caches, CPU
 * frequency, autovacuum) hits every route alike. Each round: `connections` keep-alive connections for
 * throughput, then one connection for sequential latency.
 */

type Target = {
  key: string;
  name: string;
  origin: string;
  paths: string[];
  auth: boolean;
  /** Issue targets: req/s as a share of the primary-key route's, and sequential p95. */
  minRatio?: number;
  maxSequentialP95Ms?: number;
};

type Samples = {
  requests: number;
  seconds: number;
  errors: number;
  firstError?: string;
  latencies: number[];
};

const empty = (): Samples => ({ requests: 0, seconds: 0, errors: 0, latencies: [] });
function add(samples: Samples, result: LoadResult) {
  samples.requests += result.requests;
  samples.seconds += result.seconds;
  samples.errors += result.errors;
  samples.firstError ??= result.firstError;
  for (const latency of result.latenciesMs) samples.latencies.push(latency);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

async function firstPageSize(ctx: BenchContext, path: string): Promise<number> {
  const response = await fetch(`${ctx.apiOrigin}${path}`, {
    headers: { authorization: `Bearer ${ctx.token}` },
  });
  if (response.status !== 200)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { items: unknown[] }).items.length;
}

const sizeRange = (sizes: number[]) =>
  Math.min(...sizes) === Math.max(...sizes)
    ? String(sizes[0])
    : `${Math.min(...sizes)}–${Math.max(...sizes)}`;

async function run(ctx: BenchContext): Promise<BenchTable> {
  const { data, options } = ctx;
  const targets: Target[] = [
    {
      key: 'bare',
      name: 'bare Fastify JSON route',
      origin: ctx.baselineOrigin,
      paths: ['/hello'],
      auth: false,
    },
    {
      key: 'pk',
      name: 'one primary-key select, raw pg',
      origin: ctx.baselineOrigin,
      paths: data.sampleNeedIds.map((id) => `/needs/${id}`),
      auth: false,
    },
    {
      key: 'word',
      name: `GET /needs?q=<word> (${data.searchWords.length} Russian words in turn)`,
      origin: ctx.apiOrigin,
      paths: data.searchWords.map((word) => `/api/v1/needs?q=${encodeURIComponent(word)}`),
      auth: true,
      minRatio: 0.5,
      maxSequentialP95Ms: 15,
    },
    {
      key: 'filtered',
      name: 'GET /needs?okpd2=28.15&region=62',
      origin: ctx.apiOrigin,
      paths: ['/api/v1/needs?okpd2=28.15&region=62'],
      auth: true,
      minRatio: 0.7,
    },
  ];
  const notes: string[] = [];
  const pages = await Promise.all(
    data.searchWords.map((word) => firstPageSize(ctx, `/api/v1/needs?q=${encodeURIComponent(word)}`)),
  );
  notes.push(
    `word search pages hold ${sizeRange(pages)} needs; filtered list ${await firstPageSize(ctx, targets[3]!.paths[0]!)}`,
  );

  const measure = (target: Target, connections: number, seconds: number) =>
    ctx.load.run({
      origin: target.origin,
      paths: target.paths,
      headers: target.auth ? { authorization: `Bearer ${ctx.token}` } : undefined,
      connections,
      durationMs: seconds * 1000,
    });

  for (const target of targets) await measure(target, options.connections, 1); // warm-up, not counted
  const throughput = new Map(targets.map((target) => [target.key, empty()]));
  const sequential = new Map(targets.map((target) => [target.key, empty()]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) {
      add(throughput.get(target.key)!, await measure(target, options.connections, options.roundSeconds));
      add(sequential.get(target.key)!, await measure(target, 1, options.sequentialSeconds));
    }
    ctx.log(`search: round ${round}/${options.rounds} done`);
  }

  const rate = (key: string) => throughput.get(key)!.requests / throughput.get(key)!.seconds;
  const pkRate = rate('pk');
  const rows = targets.map((target) => {
    const loaded = throughput.get(target.key)!;
    const alone = sequential.get(target.key)!;
    const sortedLoaded = [...loaded.latencies].sort((a, b) => a - b);
    const sortedAlone = [...alone.latencies].sort((a, b) => a - b);
    const ratio = rate(target.key) / pkRate;
    const seqP95 = percentile(sortedAlone, 95);
    const checks = [
      target.minRatio !== undefined ? `≥ ${target.minRatio}× ${ratio >= target.minRatio ? '✅' : '❌'}` : '',
      target.maxSequentialP95Ms !== undefined
        ? `seq p95 ≤ ${target.maxSequentialP95Ms} ms ${seqP95 <= target.maxSequentialP95Ms ? '✅' : '❌'}`
        : '',
    ].filter(Boolean);
    if (loaded.errors + alone.errors > 0) {
      notes.push(
        `${target.name}: ${loaded.errors + alone.errors} failed requests (${loaded.firstError ?? alone.firstError})`,
      );
    }
    return [
      target.name,
      Math.round(rate(target.key)).toLocaleString('en-US'),
      ms(percentile(sortedLoaded, 50)),
      ms(percentile(sortedLoaded, 95)),
      ms(percentile(sortedAlone, 50)),
      ms(seqP95),
      `${ratio.toFixed(2)}×`,
      checks.join(', ') || '—',
    ];
  });
  return {
    title: `Needs search (${data.counts.needs.toLocaleString('en-US')} needs, ${data.counts.capabilities.toLocaleString('en-US')} capabilities)`,
    columns: [
      'route',
      `req/s (${options.connections} conn)`,
      'p50 ms',
      'p95 ms',
      'seq p50 ms',
      'seq p95 ms',
      '× PK route',
      'target',
    ],
    rows,
    notes: [
      ...notes,
      `${options.rounds} alternating rounds of ${options.roundSeconds} s (${options.connections} connections) + ${options.sequentialSeconds} s sequential (1 connection) per route`,
    ],
  };
}

export const searchSection: BenchSection = { name: 'search', run };
