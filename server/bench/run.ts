// Entry: `npm run bench` — its own database (created, migrated, seeded, loaded; dropped unless --keep),
// the real API listening on 127.0.0.1, and sections that each print a table. Bounded: fixed durations.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app';
import { parseEnv } from '../src/config/env';
import { createDatabase } from '../src/db/client';
import { seedReferenceData } from '../src/db/reference-data';
import { runMigrations } from '../src/db/run-migrations';
import { createRedis } from '../src/queue/connections';
import { startBaselineApp } from './baseline-app';
import { type BenchSection, markdownTable } from './bench-context';
import { createLoadGenerator } from './load-generator';
import { describeBenchData, loadBenchData } from './load-data';
import { profileBenchData } from './profile-data';
import { analyticsSection } from './sections/analytics.bench';
import { importsSection } from './sections/imports.bench';
import { matchingSection } from './sections/matching.bench';
import { searchSection } from './sections/search.bench';

/** Later sections (matching, …) are added here. */
const SECTIONS: BenchSection[] = [searchSection, importsSection, matchingSection, analyticsSection];

const { values: args } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    /** Use the kept database of an earlier `--keep` run as it is (implies --keep). */
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
    needs: { type: 'string', default: '100000' },
    capabilities: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    'sequential-seconds': { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    database: { type: 'string', default: 'zamena_bench' },
  },
});
const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const name = args.database;
if (!/^[a-z0-9_]+$/.test(name)) throw new Error('--database: letters, digits and _ only');
const url = `${SERVER_URL}/${name}`;
const started = performance.now();
const log = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const silent = { error: () => undefined, warn: () => undefined };

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

if (!args.reuse) {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
}
const cleanups: (() => Promise<unknown> | unknown)[] = [];
try {
  const loader = createDatabase(url, silent, 4);
  cleanups.push(() => loader.close());
  // Migrations too on --reuse: a kept database gets the indexes added since.
  await runMigrations(loader.pool);
  let data;
  if (args.reuse) {
    data = await describeBenchData(loader.pool);
    log(`reusing ${name}: ${JSON.stringify(data.counts)}`);
  } else {
    await seedReferenceData(loader.db);
    log(`database ${name} migrated and seeded; loading data…`);
    data = await loadBenchData(loader.pool, {
      needs: Number(args.needs),
      capabilities: Number(args.capabilities),
      log,
    });
    log(`loaded ${JSON.stringify(data.counts)} in ${data.seconds.toFixed(1)} s`);
  }
  const profiling = performance.now();
  const profiled = await profileBenchData(loader);
  log(
    `match profiles of ${JSON.stringify(profiled)} in ${((performance.now() - profiling) / 1000).toFixed(1)} s`,
  );

  const env = parseEnv({
    DATABASE_URL: url,
    REDIS_URL,
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
    // The limiter still counts every request (settling with Redis every 100 ms), it just never says no.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    WEB_DIST_DIR: '/nonexistent',
  });
  const database = createDatabase(env.DATABASE_URL, silent);
  cleanups.push(() => database.close());
  const redis = createRedis(env.REDIS_URL, 'producer', silent);
  cleanups.push(() => redis.disconnect());
  const app = await buildApp({ env, database, redis });
  cleanups.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const apiOrigin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  // The API's session options (createDatabase): twins replay its statements under the same settings.
  const baselineDatabase = createDatabase(url, silent);
  cleanups.push(() => baselineDatabase.close());
  const baseline = await startBaselineApp(baselineDatabase.pool);
  cleanups.push(() => baseline.close());
  const load = createLoadGenerator();
  cleanups.push(() => load.close());

  // The bench user: registered through the API on fresh data, signed in again on --reuse.
  const user = { email: 'bench@zamena.local', password: 'bench password 1' };
  let session = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: user });
  if (session.statusCode !== 200) {
    session = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        ...user,
        fullName: 'Нагрузочный Тест',
        organization: {
          name: 'АО «Бенчмарк»',
          kind: 'enterprise',
          inn: '6229000001',
          ogrn: '1026200000001',
          regionCode: '62',
        },
      },
    });
  }
  if (session.statusCode >= 300) throw new Error(`bench user: ${session.body}`);

  const ctx = {
    app,
    database,
    apiOrigin,
    baselineOrigin: baseline.origin,
    addTwin: baseline.addTwin,
    token: session.json().accessToken as string,
    data,
    load,
    options: {
      roundSeconds: Number(args.seconds),
      sequentialSeconds: Number(args['sequential-seconds']),
      rounds: Number(args.rounds),
      connections: Number(args.connections),
    },
    log,
  };
  const postgres = (await database.pool.query<{ server_version: string }>('SHOW server_version')).rows[0]!;
  const cpus = os.cpus();
  const output = [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `Node ${process.version}; PostgreSQL ${postgres.server_version}; API, baselines, load generator ` +
      `(worker thread) and PostgreSQL on the same machine, over 127.0.0.1.`,
  ];
  for (const section of SECTIONS.filter((s) => !args.only || args.only.split(',').includes(s.name))) {
    log(`section ${section.name}…`);
    output.push(markdownTable(await section.run(ctx)));
  }
  console.log(`\n${output.join('\n\n')}\n`);
  log('done');
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  if (!args.keep && !args.reuse)
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  else log(`kept database ${name}`);
}
