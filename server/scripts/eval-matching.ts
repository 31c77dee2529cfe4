// `npm run eval:matching`: matching quality (DESIGN.md §4, step 6).
//   (default)  against the labelled pairs in DATABASE_URL: analysts' approvals are relevant, their
//              dismissals and manufacturers' "not our product" answers are not; `--k 3` another cut-off.
//   --dev      the labelled development set on a fresh database (matching-dev-run.ts); `--dataset-dir`
//              where it is (default ../shared/matching-dev beside the repository). Exit code: eval.mjs's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEnvOrExit } from '../src/config/env';
import { createDatabase } from '../src/db/client';
import { labelledFigures } from '../src/modules/matching/evaluation';
import { runDevSet } from './matching-dev-run';

const { values: args } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    'dataset-dir': { type: 'string' },
    k: { type: 'string', default: '5' },
  },
});
/** Standard output: the report is the script's result (console is reserved for warnings and errors). */
const print = (line = '') => process.stdout.write(`${line}\n`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = loadEnvOrExit();

if (args.dev) {
  const datasetDir = path.resolve(args['dataset-dir'] ?? path.join(root, '../shared/matching-dev'));
  process.exitCode = await runDevSet({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    datasetDir,
    root,
    print,
  });
} else {
  const database = createDatabase(
    env.DATABASE_URL,
    { error: (...parts: unknown[]) => console.error(...parts) },
    2,
  );
  try {
    const { rows } = await database.pool.query<{
      need_id: string;
      capability_id: string;
      score: string;
      notified: boolean;
      relevant: boolean;
    }>(
      `SELECT need_id, capability_id, score, notified, status = 'approved' AND supplier_verdict IS NULL AS relevant
         FROM matches
        WHERE status IN ('approved', 'dismissed') OR supplier_verdict IS NOT NULL`,
    );
    const figures = labelledFigures(
      rows.map((row) => ({
        needId: row.need_id,
        capabilityId: row.capability_id,
        score: Number(row.score),
        notified: row.notified,
        relevant: row.relevant,
      })),
      Number(args.k),
    );
    const percent = (value: number) => (Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)} %`);
    if (figures.labelled === 0) {
      print('No labelled matches yet: analysts approve or dismiss them (POST /api/v1/matches/:id/review),');
      print('manufacturers answer "not our product" (POST /api/v1/matches/:id/feedback).');
    } else {
      print(`Labelled matches: ${figures.labelled} on ${figures.needs} needs\n`);
      print('| figure | value |');
      print('| --- | ---: |');
      print(`| notify precision: right alerts / labelled alerts | ${percent(figures.notifyPrecision)} |`);
      print(`| notify recall: alerted / labelled relevant pairs | ${percent(figures.notifyRecall)} |`);
      print(`| precision@${figures.k} by score, mean over needs | ${percent(figures.precisionAtK)} |`);
    }
  } finally {
    await database.close();
  }
}
