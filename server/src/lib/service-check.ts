import pg from 'pg';
import { Redis } from 'ioredis';

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');

/** One actionable line per unreachable service, so `npm start` says what to do instead of a stack trace. */
export async function checkServices(databaseUrl: string, redisUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const reason = (error as Error).message;
    if (!/does not exist/.test(reason)) {
      problems.push(
        `PostgreSQL is not reachable at ${redact(databaseUrl)} (${reason}). Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_URL.`,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(
      `Redis is not reachable at ${redact(redisUrl)} (${(error as Error).message}). Start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379) or set REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
  return problems;
}

export async function exitUnlessServicesReachable(databaseUrl: string, redisUrl: string): Promise<void> {
  const problems = await checkServices(databaseUrl, redisUrl);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
