import { parentPort } from 'node:worker_threads';
import { Pool } from 'undici';

/**
 * The load generator's thread: its own event loop (and so the second core), so sending requests never
 * competes with the server it measures for one loop. Keep-alive connections, a fixed number of them,
 * each sending its next request when the previous answer has been read whole, until the deadline.
 */

export type LoadSpec = {
  origin: string;
  /** Cycled through, request by request. */
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
};

export type LoadResult = {
  requests: number;
  errors: number;
  /** First refused or failed answer, to say what went wrong. */
  firstError?: string;
  seconds: number;
  latenciesMs: number[];
};

async function run(spec: LoadSpec): Promise<LoadResult> {
  const pool = new Pool(spec.origin, {
    connections: spec.connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + spec.durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const path = spec.paths[next++ % spec.paths.length]!;
      const sent = performance.now();
      try {
        const response = await pool.request({ path, method: 'GET', headers: spec.headers });
        const body = await response.body.text();
        latenciesMs.push(performance.now() - sent);
        if (response.statusCode !== 200) {
          errors += 1;
          firstError ??= `${response.statusCode} ${path}: ${body.slice(0, 200)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= `${path}: ${(error as Error).message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { requests: latenciesMs.length, errors, firstError, seconds, latenciesMs };
}

parentPort?.on('message', (spec: LoadSpec) => {
  run(spec).then(
    (result) => parentPort!.postMessage({ result }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
