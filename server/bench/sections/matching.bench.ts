import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNeedSchema } from '@zamena/shared/needs/needs.schemas';
import type pg from 'pg';
import type { Actor } from '../../src/lib/actor';
import { MATCHING_CHANNEL } from '../../src/modules/matching/matches.repo';
import { createRedis } from '../../src/queue/connections';
import { closeQueues, createQueues, type Queues } from '../../src/queue/queues';
import type { BenchContext, BenchSection, BenchTable } from '../bench-context';
import { percentile } from '../load-generator';

/**
 * Matching (DESIGN.md §4) end to end: POST /needs (publish) → outbox → relay (LISTEN/NOTIFY) → BullMQ
 * → match-need job → matches and notifications committed. The commit is observed by LISTEN on the
 * channel the job notifies inside its transaction, so the time is the commit's, not a poll's. The
 * workers are real worker processes (`node --import tsx server/src/worker.ts`) on their own queue prefix.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RATES = [
  { perSecond: 20, seconds: 10, maxP95Ms: 50 },
  { perSecond: 200, seconds: 5, maxP95Ms: 100 },
];
/**
 * Seconds at each rate before the measured ones, not counted: the first second after a worker starts
 * ran 3–8× slower (new PostgreSQL connections preparing the matching statements, cold code), and a
 * steady rate is measured once it is steady.
 */
const WARM_UP_SECONDS = 2;
const BURST = 2000;
const MIN_BURST_PER_SECOND = 350;

type Posted = { at: number; answeredAt: number; id: string | null };
type Template = { title: string; okpd2: string; unit: string; analogue: string | null };

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * The loaded organizations have no users, so a match would notify nobody on the supplier side: one
 * owner each makes the notification load real (one row and one delivery job per matched manufacturer).
 */
async function ensureMembers(pool: pg.Pool) {
  await pool.query(`
    INSERT INTO users (organization_id, email, password_hash, full_name, role)
    SELECT id, 'bench-' || id || '@zamena.local', 'not-a-hash', 'Bench Owner', 'owner'
    FROM organizations o WHERE name LIKE 'АО «Завод %'
      AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = o.id)`);
}

/** Needs modelled on active capabilities, so they have suppliers to find. */
async function templates(pool: pg.Pool): Promise<Template[]> {
  const { rows } = await pool.query<{ title: string; okpd2: string[]; unit: string; analogues: string[] }>(
    `SELECT title, okpd2, unit, analogues FROM capabilities WHERE active ORDER BY md5(id::text) LIMIT 2000`,
  );
  return rows.map((row) => ({
    title: row.title,
    okpd2: row.okpd2[0]!,
    unit: row.unit,
    analogue: row.analogues[0] ?? null,
  }));
}

/** Marks the needs this section posts, so it can take them away again. */
const DESCRIPTION = 'Замена импортного узла; bench';

function needInput(template: Template, index: number, run: string) {
  const neededBy = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `${template.title} ${run}-${index}`,
    description: DESCRIPTION,
    okpd2: template.okpd2,
    quantity: String(100 + (index % 900)),
    unit: template.unit,
    neededBy,
    deliveryRegionCode: ['62', '77', '66', '16', '54', '25'][index % 6]!,
    ...(template.analogue ? { replaces: template.analogue } : {}),
    publish: true,
  };
}

/**
 * Takes away what a run added (its needs with their matches, lot memberships, notifications, audit
 * events and the outbox rows written since it began), so a `--reuse` run starts from the data the last
 * one found: each run adds ~6,000 needs and ~120,000 notifications, which otherwise slow the next
 * run's inserts and lists. Run first too, it removes what an interrupted earlier run left.
 */
async function removeSectionData(pool: pg.Pool, since: Date) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE bench_needs ON COMMIT DROP AS SELECT id FROM needs WHERE description = $1`,
      [DESCRIPTION],
    );
    await client.query(
      `DELETE FROM notifications WHERE payload->>'needId' IN (SELECT id::text FROM bench_needs)`,
    );
    await client.query(`DELETE FROM matches WHERE need_id IN (SELECT id FROM bench_needs)`);
    // The workers' scheduled lot rebuild may have pooled them (the next rebuild recounts the lots).
    await client.query(`DELETE FROM lot_needs WHERE need_id IN (SELECT id FROM bench_needs)`);
    await client.query(
      `DELETE FROM audit_events WHERE entity_type = 'need' AND entity_id IN (SELECT id::text FROM bench_needs)`,
    );
    await client.query(`DELETE FROM needs WHERE id IN (SELECT id FROM bench_needs)`);
    await client.query(`DELETE FROM outbox WHERE sent_at IS NOT NULL AND created_at >= $1`, [since]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  // Not left to autovacuum, which the machine may not run (CI's PostgreSQL has it off): the dead rows
  // of removed needs, their search terms and matches would slow every later run.
  await pool.query(
    'VACUUM ANALYZE needs, need_search_terms, need_match_states, matches, notifications, lot_needs, audit_events, outbox',
  );
}

/** The machine's CPU time counters (`/proc/stat`, in clock ticks of 10 ms), or undefined off Linux. */
async function machineCpu(): Promise<{ busy: number; steal: number; total: number } | undefined> {
  const stat = await readFile('/proc/stat', 'utf8').catch(() => undefined);
  const fields = stat?.split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number);
  if (!fields || fields.length < 8) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as number[];
  return {
    busy: user! + nice! + system! + irq! + softirq!,
    steal: steal!,
    total: user! + nice! + system! + idle! + iowait! + irq! + softirq! + steal!,
  };
}

/**
 * CPU the whole machine spent per need during a burst (API, workers, PostgreSQL, Redis): steadier than
 * needs/s on a shared VM, where time stolen by neighbours (also shown) moves the throughput.
 */
function cpuPerNeed(
  before: Awaited<ReturnType<typeof machineCpu>>,
  after: Awaited<ReturnType<typeof machineCpu>>,
  needs: number,
): string {
  if (!before || !after) return '';
  const stolen = (after.steal - before.steal) / Math.max(1, after.total - before.total);
  return ` (CPU ${(((after.busy - before.busy) * 10) / needs).toFixed(1)} ms/need, steal ${(stolen * 100).toFixed(0)} %)`;
}

/** Commit times (performance.now()) of matching runs, by need id, from LISTEN. */
async function listenForCommits(pool: pg.Pool) {
  const client = await pool.connect();
  const commits = new Map<string, number>();
  client.on('notification', (message) => {
    const [kind, id] = (message.payload ?? '').split(',');
    if (kind === 'need' && id) commits.set(id, performance.now());
  });
  await client.query(`LISTEN ${MATCHING_CHANNEL}`);
  return {
    commits,
    async waitFor(ids: string[], timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (ids.some((id) => !commits.has(id))) {
        if (Date.now() > deadline)
          throw new Error(`${ids.filter((id) => !commits.has(id)).length} needs not matched`);
        await sleep(5);
      }
    },
    close: () => client.release(),
  };
}

function spawnWorkers(count: number, env: Record<string, string>): ChildProcess[] {
  return Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/worker.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return child;
  });
}

async function stopWorkers(children: ChildProcess[]) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function run(ctx: BenchContext): Promise<BenchTable> {
  const { pool } = ctx.database;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `bench-matching-${randomBytes(3).toString('hex')}`;
  const workerEnv = {
    DATABASE_URL: pool.options.connectionString!,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    OUTBOX_POLL_MS: '500',
  };
  const began = new Date();
  await removeSectionData(pool, began);
  await ensureMembers(pool);
  const models = await templates(pool);
  const listener = await listenForCommits(pool);
  const producer = createRedis(redisUrl, 'producer', { warn: () => undefined });
  const queues: Queues = createQueues(producer, prefix);
  const me = (await (
    await fetch(`${ctx.apiOrigin}/api/v1/me`, { headers: { authorization: `Bearer ${ctx.token}` } })
  ).json()) as { user: { id: string }; organization: { id: string } };
  const actor: Actor = {
    userId: me.user.id,
    organizationId: me.organization.id,
    organizationKind: 'enterprise',
    regionCode: '62',
    role: 'owner',
    isAdmin: false,
  };
  let sequence = 0;
  let failures = 0;
  let firstFailure = '';
  const post = async (index: number, runId: string): Promise<string | null> => {
    const fail = (reason: string) => {
      failures += 1;
      firstFailure ||= reason;
      return null;
    };
    try {
      const response = await fetch(`${ctx.apiOrigin}/api/v1/needs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(needInput(models[(sequence++ + index) % models.length]!, index, runId)),
      });
      if (response.status !== 201) return fail(`${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    } catch (error) {
      return fail(String((error as Error).cause ?? error));
    }
  };

  /** A worker is ready when it has matched a probe need end to end. */
  const ready = async () => {
    const probe = await post(0, `probe${sequence}`);
    if (!probe) throw new Error(`POST /needs failed: ${firstFailure}`);
    await listener.waitFor([probe], 60_000);
  };

  const rows: string[][] = [];
  const notes: string[] = [];
  let children = spawnWorkers(1, workerEnv);
  try {
    ctx.log('matching: one worker process, steady rates…');
    await ready();
    /** Posts `total` needs at `perSecond` (open loop) and waits until each is matched. */
    const postAt = async (perSecond: number, total: number, runId: string) => {
      const sent: Promise<Posted>[] = [];
      const started = performance.now();
      for (let i = 0; i < total; i++) {
        const due = started + (i * 1000) / perSecond;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const at = performance.now();
        sent.push(post(i, runId).then((id) => ({ at, answeredAt: performance.now(), id })));
      }
      const posted = (await Promise.all(sent)).filter((s): s is Posted & { id: string } => s.id !== null);
      await listener.waitFor(
        posted.map((s) => s.id),
        120_000,
      );
      return posted;
    };

    for (const { perSecond, seconds, maxP95Ms } of RATES) {
      const total = perSecond * seconds;
      await postAt(perSecond, perSecond * WARM_UP_SECONDS, `w${perSecond}`);
      failures = 0;
      const posted = await postAt(perSecond, total, `r${perSecond}`);
      const ids = posted.map((s) => s.id);
      const latencies = posted.map((s) => listener.commits.get(s.id)! - s.at).sort((a, b) => a - b);
      const jobs = await Promise.all(ids.map((id) => queues.matching.getJob(`match-need-${id}-v1`)));
      const timed = posted.flatMap((s, index) => {
        const job = jobs[index];
        return job?.processedOn && job.timestamp
          ? [{ ...s, added: job.timestamp, started: job.processedOn }]
          : [];
      });
      const ascending = (a: number, b: number) => a - b;
      const waits = timed.map((t) => t.started - t.added).sort(ascending);
      // Job timestamps are epoch milliseconds from the relay and the worker; performance.now() is not.
      const epoch = (at: number) => performance.timeOrigin + at;
      const partValues = [
        timed.map((t) => t.answeredAt - t.at).sort(ascending),
        timed.map((t) => t.added - epoch(t.answeredAt)).sort(ascending),
        waits,
        timed.map((t) => epoch(listener.commits.get(t.id)!) - t.started).sort(ascending),
      ];
      const partsAt = (p: number) => partValues.map((values) => ms(percentile(values, p))).join(' · ');
      const p95 = percentile(latencies, 95);
      rows.push([
        `steady ${perSecond} needs/s × ${seconds} s (1 worker)`,
        `${ms(percentile(latencies, 50))} / ${ms(p95)} ms`,
        `${ms(percentile(waits, 50))} / ${ms(percentile(waits, 95))} ms`,
        `${partsAt(50)} / ${partsAt(95)} ms`,
        failures ? `${failures} of ${total} POSTs failed (${firstFailure.slice(0, 80)})` : '',
        `p95 ≤ ${maxP95Ms} ms: ${p95 <= maxP95Ms ? 'met' : 'NOT met'}`,
      ]);
      await sleep(2000);
    }
    await stopWorkers(children);

    let single = 0;
    for (const workers of [1, 2]) {
      children = spawnWorkers(workers, workerEnv);
      ctx.log(`matching: burst of ${BURST} needs, ${workers} worker process(es)…`);
      await ready();
      const inputs = Array.from({ length: BURST }, (_, i) =>
        createNeedSchema.parse(needInput(models[i % models.length]!, i, `burst${workers}`)),
      );
      const cpuBefore = await machineCpu();
      const started = performance.now();
      // One transaction with its outbox rows, as an import publishes them.
      const created = await ctx.app.services.needs.createMany(inputs, actor);
      await listener.waitFor(
        created.map((need) => need.id),
        300_000,
      );
      const perSecond = BURST / ((performance.now() - started) / 1000);
      const cpu = cpuPerNeed(cpuBefore, await machineCpu(), BURST);
      if (workers === 1) single = perSecond;
      const target =
        workers === 1
          ? `≥ ${MIN_BURST_PER_SECOND}/s: ${perSecond >= MIN_BURST_PER_SECOND ? 'met' : 'NOT met'}`
          : `≥ 1.5 × one worker: ${perSecond >= 1.5 * single ? 'met' : 'NOT met'} (${(perSecond / single).toFixed(2)} ×)`;
      rows.push([
        `burst of ${BURST} needs, ${workers} worker process(es)`,
        '',
        '',
        '',
        `${perSecond.toFixed(0)} needs/s${cpu}`,
        target,
      ]);
      await stopWorkers(children);
    }
    const matched = await pool.query<{ avg: string; strong: string }>(
      `SELECT round(avg(n), 1) AS avg, round(avg(strong), 1) AS strong
         FROM (SELECT count(*) AS n, count(*) FILTER (WHERE notified) AS strong FROM matches GROUP BY need_id) t`,
    );
    notes.push(
      `${ctx.data.counts.capabilities.toLocaleString('en-US')} capabilities loaded; needs modelled on them (code, unit, analogue), ${matched.rows[0]?.avg ?? '?'} matches per matched need on average, ${matched.rows[0]?.strong ?? '?'} of them strong; every loaded organization has one member, so each strong match notifies its manufacturer (one notification row each; a delivery job takes up to 500), a possible one nobody.`,
      `Latency: from just before POST /needs to the LISTEN notification the match-need job sends inside its transaction (matches, stale removal and notifications commit together). Open-loop sender; each rate runs ${WARM_UP_SECONDS} s first, not counted (the worker process is new: its first second ran 3–8× slower). API, worker process(es), PostgreSQL and Redis share the machine.`,
      'BullMQ add → start: the match-need job’s `processedOn − timestamp`, read from the queue after each run.',
      'Parts of the latency (p50 of each part / p95 of each part): POST /needs answered; relay: answer → the relay added the job (the commit’s NOTIFY, the relay’s transaction); queue: add → a worker started it; job: start → the job’s transaction committed.',
      'Burst: 2,000 published needs in one transaction (with their outbox rows), until the last match-need run committed; each worker process holds MATCHING_CONCURRENCY (default 64) matching jobs at once, run as two transactions of up to 32 needs. CPU: the whole machine’s busy time (/proc/stat) during the burst, per need; steal: time the hypervisor gave to other machines.',
    );
  } finally {
    await stopWorkers(children);
    listener.close();
    await Promise.all(
      Object.values(queues).map((queue) => queue.obliterate({ force: true }).catch(() => undefined)),
    );
    await closeQueues(queues);
    producer.disconnect();
    await removeSectionData(pool, began);
  }
  return {
    title: 'Matching: publish → matches and notifications committed',
    columns: [
      'load',
      'latency p50 / p95',
      'BullMQ add → start p50 / p95',
      'POST · relay · queue · job, p50 / p95',
      'throughput',
      'target',
    ],
    rows,
    notes,
  };
}

export const matchingSection: BenchSection = { name: 'matching', run };
