// The development set's run for `npm run eval:matching -- --dev`: a fresh database, the same steps as
// `npm start` (migrate, seed, API and worker as their own processes), then the set's eval.mjs against
// the API; the database is dropped afterwards. The set lives beside the repository
// (../shared/matching-dev: dataset.json, eval.mjs, README.md).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startScratchStack } from './scratch-stack';

export type DevRunOptions = {
  /** The PostgreSQL server of DATABASE_URL: the run's own database is created there and dropped. */
  databaseUrl: string;
  redisUrl: string;
  /** Folder with eval.mjs and dataset.json. */
  datasetDir: string;
  root: string;
  print: (line: string) => void;
};

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
  const stack = await startScratchStack({
    databaseUrl,
    redisUrl,
    root,
    label: 'matching_dev',
    // One address registers and signs in every organization of the set.
    env: { RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' },
  });
  try {
    print(`database ${stack.name}, API and worker on ${stack.base}; running ${evaluator}`);
    const evaluation = spawn(process.execPath, [evaluator], {
      cwd: datasetDir,
      env: { ...process.env, BASE: stack.base },
      stdio: 'inherit',
    });
    return await new Promise<number>((resolve) => evaluation.on('exit', (code) => resolve(code ?? 2)));
  } finally {
    await stack.stop();
  }
}
