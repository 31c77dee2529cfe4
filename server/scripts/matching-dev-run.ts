// The development set's run for `npm run eval:matching -- --dev`: a fresh database, the same steps as
// `npm start` (migrate, seed, API and worker as their own processes), then the set's eval.mjs against
// the API; the database is dropped afterwards. The set lives beside the repository
// (../shared/matching-dev: dataset.json, eval.mjs, README.md).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export type DevRunOptions = {
  /** The PostgreSQL server of DATABASE_URL: the run's own database is created there and dropped. */
  databaseUrl: string;
  redisUrl: string;
  /** Folder with eval.mjs and dataset.json. */
  datasetDir: string;
  root: string;
  print: (line: string) => void;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function onServer(serverUrl: URL, statement: string) {
  const client = new pg.Client({ connectionString: new URL('/postgres', serverUrl).toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(base: string, children: ChildProcess[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (children.some((child) => child.exitCode !== null))
      throw new Error('the API or the worker exited early');
    const ready = await fetch(`${base}/api/v1/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${base} was not ready within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs the set and returns eval.mjs's exit code (0: every figure met its bar). */
export async function runDevSet({
  databaseUrl,
  redisUrl,
  datasetDir,
  root,
  print,
}: DevRunOptions): Promise<number> {
  const evaluator = path.join(datasetDir, 'eval.mjs');
  if (!existsSync(evaluator)) throw new Error(`no eval.mjs in ${datasetDir} (--dataset-dir)`);
  const name = `zamena_matching_dev_${randomBytes(3).toString('hex')}`;
  const server = new URL(databaseUrl);
  const url = new URL(`/${name}`, server).toString();
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUEUE_PREFIX: name.replace(/_/g, '-'),
    LOG_LEVEL: 'warn',
    // One address registers and signs in every organization of the set.
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
  };
  const node = (script: string) => [process.execPath, ['--import', 'tsx', script]] as const;
  const children: ChildProcess[] = [];
  try {
    for (const step of ['server/src/db/migrate.ts', 'server/src/db/seed.ts']) {
      const [command, args] = node(step);
      const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`${step} failed`);
    }
    for (const entry of ['server/src/main.ts', 'server/src/worker.ts']) {
      const [command, args] = node(entry);
      children.push(spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] }));
    }
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, children);
    print(`database ${name}, API and worker on ${base}; running ${evaluator}`);
    const evaluation = spawn(process.execPath, [evaluator], {
      cwd: datasetDir,
      env: { ...process.env, BASE: base },
      stdio: 'inherit',
    });
    return await new Promise<number>((resolve) => evaluation.on('exit', (code) => resolve(code ?? 2)));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) =>
        child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined,
      ),
    );
    await onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
