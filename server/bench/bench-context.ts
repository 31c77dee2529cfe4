import type { App } from '../src/app';
import type { Database } from '../src/db/client';
import type { LoadGenerator } from './load-generator';
import type { BenchData } from './load-data';
import type { CapturedStatement } from './sql-twin';

/** What run.ts hands every section: the running API, the baselines, the loaded data, the load generator. */
export type BenchContext = {
  app: App;
  database: Database;
  /** The real API, listening: `http://127.0.0.1:<port>`. */
  apiOrigin: string;
  /** The minimal Fastify app of baseline routes (baseline-app.ts). */
  baselineOrigin: string;
  /** Registers a bare twin (sql-twin.ts) on the baseline app; answers its path there. */
  addTwin: (statements: CapturedStatement[]) => string;
  /** Bearer token of an enterprise user registered through the API. */
  token: string;
  data: BenchData;
  load: LoadGenerator;
  options: { roundSeconds: number; sequentialSeconds: number; rounds: number; connections: number };
  log: (message: string) => void;
};

/** A section's result: printed as a markdown table, then its notes. */
export type BenchTable = { title: string; columns: string[]; rows: string[][]; notes: string[] };

export type BenchSection = { name: string; run: (ctx: BenchContext) => Promise<BenchTable> };

export function markdownTable(table: BenchTable): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `### ${table.title}`,
    '',
    line(table.columns),
    line(table.columns.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...table.rows.map(line),
    '',
    ...table.notes.map((note) => `- ${note}`),
  ].join('\n');
}
