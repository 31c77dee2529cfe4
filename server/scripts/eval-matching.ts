// `npm run eval:matching`: precision@5 of the current scoring weights (scoring.ts) against the
// analysts' reviews (approved = relevant), per need and overall. `--weights '{"text":0.4}'` tries
// other weights without editing the config; `--k 3` another cut-off.
import { parseArgs } from 'node:util';
import { loadEnvOrExit } from '../src/config/env';
import { createDatabase } from '../src/db/client';
import { precisionAtK } from '../src/modules/matching/evaluation';
import { toComponents } from '../src/modules/matching/match.mapper';
import { MATCHING_CONFIG, type Weights } from '../src/modules/matching/scoring';

const { values: args } = parseArgs({
  options: {
    weights: { type: 'string' },
    k: { type: 'string', default: '5' },
    limit: { type: 'string', default: '50' },
  },
});
/** Standard output: the report is the script's result (console is reserved for warnings and errors). */
const print = (line = '') => process.stdout.write(`${line}\n`);
const env = loadEnvOrExit();
const weights: Weights = {
  ...MATCHING_CONFIG.weights,
  ...(args.weights ? (JSON.parse(args.weights) as Partial<Weights>) : {}),
};
const k = Number(args.k);
const database = createDatabase(
  env.DATABASE_URL,
  { error: (...parts: unknown[]) => console.error(...parts) },
  2,
);
try {
  const { rows } = await database.pool.query<{
    need_id: string;
    capability_id: string;
    components: Record<string, number>;
    status: string;
    title: string;
  }>(
    `SELECT m.need_id, m.capability_id, m.components, m.status, n.title
       FROM matches m JOIN needs n ON n.id = m.need_id
      WHERE m.status IN ('approved', 'dismissed')`,
  );
  const titles = new Map(rows.map((row) => [row.need_id, row.title]));
  const result = precisionAtK(
    rows.map((row) => ({
      needId: row.need_id,
      capabilityId: row.capability_id,
      components: toComponents(row.components),
      approved: row.status === 'approved',
    })),
    weights,
    k,
  );
  const percent = (value: number) => (Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)} %`);
  print(`Weights: ${JSON.stringify(weights)}`);
  print(`Reviewed matches: ${rows.length} on ${result.perNeed.length} needs\n`);
  if (result.perNeed.length === 0) {
    print('No reviewed matches yet: analysts approve or dismiss them with POST /api/v1/matches/:id/review.');
  } else {
    print(`| need | reviewed | approved in top ${k} | precision@${k} |`);
    print('| --- | ---: | ---: | ---: |');
    const shown = [...result.perNeed].sort((a, b) => a.precision - b.precision).slice(0, Number(args.limit));
    for (const need of shown) {
      const title = (titles.get(need.needId) ?? need.needId).slice(0, 60).replace(/\|/g, '/');
      print(
        `| ${title} (${need.needId.slice(0, 8)}) | ${need.reviewed} | ${need.relevant} | ${percent(need.precision)} |`,
      );
    }
    if (shown.length < result.perNeed.length)
      print(`… ${result.perNeed.length - shown.length} more needs (--limit)`);
    print(
      `\nprecision@${k}, mean over needs: ${percent(result.macro)}; over all top-${k} slots: ${percent(result.micro)}`,
    );
  }
} finally {
  await database.close();
}
