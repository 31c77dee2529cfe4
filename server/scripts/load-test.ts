// Entry: `npm run loadtest [-- --seconds 60 --connections 50]` — a scratch Zamena (own database, API and
// worker as processes on loopback), organizations registered through the API, then a fixed number of
// keep-alive connections sending mixed reads and writes for a fixed time. Prints the answers by kind,
// every error, and the API's resident memory before and after (bounded: only loopback, fixed time).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { percentile } from '../bench/load-generator';
import { startScratchStack } from './scratch-stack';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    organizations: { type: 'string', default: '10' },
  },
});
/** Standard output: the report is the script's result (console is reserved for warnings and errors). */
const print = (line = '') => process.stdout.write(`${line}\n`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seconds = Number(args.seconds);
const connections = Number(args.connections);

/** Resident memory of a process in MiB, from the kernel (Linux). */
const rssMiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

type Session = { token: string; needIds: string[] };
/** Published needs, each with the index of the organization that posted it. */
const openNeeds: { id: string; owner: number }[] = [];
type Call = { kind: string; method: 'GET' | 'POST'; path: string; body?: unknown };

const needBody = (n: number, publish = false) => ({
  publish,
  title: `Втулка бронзовая БрО10Ф1 ${n}`,
  description: 'Для насосов подпитки',
  okpd2: '28.15.10.120',
  quantity: '100',
  unit: '796',
  neededBy: `${new Date().getFullYear() + 2}-01-15`,
  deliveryRegionCode: '62',
  critical: false,
});

/** The mix: mostly reads, as on a working day; three calls in eight write. */
function nextCall(session: Session, self: number, n: number): Call {
  const pick = n % 8;
  const needId = session.needIds[n % session.needIds.length];
  const foreign = openNeeds.filter((need) => need.owner !== self);
  const other = foreign[n % foreign.length];
  if (pick === 0 || pick === 4)
    return { kind: 'post need', method: 'POST', path: '/api/v1/needs', body: needBody(n) };
  if (pick === 1 && other)
    return {
      kind: 'post message',
      method: 'POST',
      path: `/api/v1/needs/${other.id}/messages`,
      body: { body: `Можем изготовить по чертежу, уточните допуски (${n})` },
    };
  if (pick === 2 && needId) return { kind: 'need detail', method: 'GET', path: `/api/v1/needs/${needId}` };
  if (pick === 3)
    return {
      kind: 'search',
      method: 'GET',
      path: `/api/v1/needs?q=${encodeURIComponent('втулка')}&limit=20`,
    };
  if (pick === 5) return { kind: 'notifications', method: 'GET', path: '/api/v1/notifications?limit=20' };
  if (pick === 6) return { kind: 'capabilities', method: 'GET', path: '/api/v1/capabilities?limit=20' };
  return { kind: 'needs list', method: 'GET', path: '/api/v1/needs?limit=20' };
}

async function register(base: string, n: number): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `load.${n}.${Date.now()}@example.ru`,
      password: `load test passphrase ${n}`,
      fullName: 'Нагрузочный Тест',
      organization: {
        name: `ООО Нагрузка ${n}`,
        kind: 'enterprise',
        inn: inn(n),
        ogrn: ogrn(n),
        regionCode: '62',
      },
    }),
  });
  if (response.status !== 201) throw new Error(`register ${n}: ${response.status} ${await response.text()}`);
  return { token: ((await response.json()) as { accessToken: string }).accessToken, needIds: [] };
}

/** A ten-digit INN whose last digit is its check digit. */
function inn(n: number): string {
  const digits = `77${String(n).padStart(7, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return digits + String((sum % 11) % 10);
}

/** A thirteen-digit OGRN whose last digit is its check digit. */
function ogrn(n: number): string {
  const body = `10277${String(n).padStart(7, '0')}`;
  return body + String((BigInt(body) % 11n) % 10n);
}

async function main() {
  const stack = await startScratchStack({
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    root,
    label: 'loadtest',
    // Every connection comes from one address: the per-address limits would refuse the test itself.
    env: { RATE_LIMIT_PER_MINUTE: '10000000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' },
  });
  try {
    const sessions = await Promise.all(
      Array.from({ length: Number(args.organizations) }, (_, n) => register(stack.base, n + 1)),
    );
    const pool = new Pool(stack.base, { connections, pipelining: 1 });
    const request = async (session: Session, call: Call) => {
      const response = await pool.request({
        method: call.method,
        path: call.path,
        headers: {
          authorization: `Bearer ${session.token}`,
          ...(call.body ? { 'content-type': 'application/json' } : {}),
        },
        body: call.body ? JSON.stringify(call.body) : undefined,
      });
      return { status: response.statusCode, text: await response.body.text() };
    };
    // One published need per organization first: reads of a need and messages need something to touch.
    for (const [owner, session] of sessions.entries()) {
      const created = await request(session, {
        kind: 'post need',
        method: 'POST',
        path: '/api/v1/needs',
        body: needBody(owner, true),
      });
      if (created.status !== 201) throw new Error(`first need: ${created.status} ${created.text}`);
      const { id } = JSON.parse(created.text) as { id: string };
      session.needIds.push(id);
      openNeeds.push({ id, owner });
    }
    const rssBefore = rssMiB(stack.api.pid!);
    const byKind = new Map<string, { count: number; errors: number; latencies: number[] }>();
    const errors: string[] = [];
    const deadline = performance.now() + seconds * 1000;
    let sequence = 0;
    const loop = async (connection: number) => {
      const self = connection % sessions.length;
      const session = sessions[self]!;
      while (performance.now() < deadline) {
        const call = nextCall(session, self, sequence++);
        const stats = byKind.get(call.kind) ?? { count: 0, errors: 0, latencies: [] };
        byKind.set(call.kind, stats);
        const sent = performance.now();
        try {
          const answer = await request(session, call);
          stats.latencies.push(performance.now() - sent);
          stats.count += 1;
          if (answer.status >= 300) {
            stats.errors += 1;
            if (errors.length < 10)
              errors.push(`${answer.status} ${call.method} ${call.path}: ${answer.text.slice(0, 160)}`);
          } else if (call.kind === 'post need' && session.needIds.length < 50) {
            session.needIds.push((JSON.parse(answer.text) as { id: string }).id);
          }
        } catch (error) {
          stats.count += 1;
          stats.errors += 1;
          if (errors.length < 10) errors.push(`${call.method} ${call.path}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
    await pool.close();
    const rssAfter = rssMiB(stack.api.pid!);

    print(
      `\n${connections} connections, ${seconds} s, ${sessions.length} organizations, API on ${stack.base}\n`,
    );
    print('| call | requests | errors | p50 ms | p95 ms | p99 ms |');
    print('| --- | ---: | ---: | ---: | ---: | ---: |');
    let total = 0;
    let totalErrors = 0;
    for (const [kind, stats] of [...byKind.entries()].sort()) {
      const sorted = stats.latencies.sort((a, b) => a - b);
      const p = (q: number) => percentile(sorted, q).toFixed(1);
      print(`| ${kind} | ${stats.count} | ${stats.errors} | ${p(50)} | ${p(95)} | ${p(99)} |`);
      total += stats.count;
      totalErrors += stats.errors;
    }
    print(`\nrequests ${total} (${(total / seconds).toFixed(0)}/s), errors ${totalErrors}`);
    for (const error of errors) print(`  ${error}`);
    const ratio = rssAfter / rssBefore;
    print(
      `API RSS before ${rssBefore.toFixed(0)} MiB, after ${rssAfter.toFixed(0)} MiB (×${ratio.toFixed(2)})`,
    );
    process.exitCode = totalErrors === 0 && ratio <= 1.5 ? 0 : 1;
  } finally {
    await stack.stop();
  }
}

await main();
