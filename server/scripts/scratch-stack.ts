// A throwaway Zamena for scripts that measure the product as it runs: its own database on the
// PostgreSQL server of `databaseUrl` (created, migrated, seeded; dropped by stop), the API and the
// worker as their own processes on a free loopback port, the same steps `npm start` takes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';

export type ScratchStack = {
  base: string;
  name: string;
  api: ChildProcess;
  worker: ChildProcess;
  stop: () => Promise<void>;
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

const exited = (child: ChildProcess) =>
  child.exitCode === null && child.signalCode === null
    ? new Promise((resolve) => child.once('exit', resolve))
    : undefined;

export async function startScratchStack(options: {
  databaseUrl: string;
  redisUrl: string;
  root: string;
  /** The database's name starts with it: `zamena_<label>_<random>`. */
  label: string;
  env?: Record<string, string>;
}): Promise<ScratchStack> {
  const name = `zamena_${options.label}_${randomBytes(3).toString('hex')}`;
  const server = new URL(options.databaseUrl);
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: new URL(`/${name}`, server).toString(),
    REDIS_URL: options.redisUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUEUE_PREFIX: name.replace(/_/g, '-'),
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...options.env,
  };
  const node = (script: string) => [process.execPath, ['--import', 'tsx', script]] as const;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map(exited));
    await onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    for (const step of ['server/src/db/migrate.ts', 'server/src/db/seed.ts']) {
      const [command, args] = node(step);
      const result = spawnSync(command, args, { cwd: options.root, env, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`${step} failed`);
    }
    for (const entry of ['server/src/main.ts', 'server/src/worker.ts']) {
      const [command, args] = node(entry);
      children.push(
        spawn(command, args, { cwd: options.root, env, stdio: ['ignore', 'inherit', 'inherit'] }),
      );
    }
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, children);
    return { base, name, api: children[0]!, worker: children[1]!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
