import type { Database } from '../src/db/client';
import { createLotRebuilder } from '../src/modules/lots/lots.rebuild';

/** Runs a lot rebuild in-process, as the worker's job would, with "today" fixed for the coverage ratio. */
export const rebuildLots = (database: Database, today = '2030-01-01') =>
  createLotRebuilder({ db: database.db, clock: () => new Date(`${today}T12:00:00Z`) }).rebuild();

export type LotDbRow = {
  id: string;
  status: string;
  needs_count: number;
  total_quantity: string;
  total_value: string;
  priced_needs_count: number;
  regions_count: number;
  region_codes: string[];
  buyers_count: number;
  earliest_needed_by: string;
  matched_capacity: string;
  capabilities_count: number;
  coverage: string;
  updated_at: Date;
};

/** The live (not archived) lot of a kind and unit, straight from the table. */
export async function liveLot(database: Database, kind: string, unit = '796'): Promise<LotDbRow | undefined> {
  const result = await database.pool.query<LotDbRow>(
    `SELECT id, status, needs_count, total_quantity::text, total_value::text, priced_needs_count, regions_count,
            region_codes, buyers_count, earliest_needed_by::text, matched_capacity::text, capabilities_count,
            coverage::text, updated_at
       FROM lots WHERE okpd2_kind = $1 AND unit = $2 AND status <> 'archived'`,
    [kind, unit],
  );
  return result.rows[0];
}

/** Every live lot of a kind and unit, by product key. */
export async function liveLots(
  database: Database,
  kind: string,
  unit = '796',
): Promise<(LotDbRow & { product_key: string; product_name: string })[]> {
  const result = await database.pool.query<LotDbRow & { product_key: string; product_name: string }>(
    `SELECT id, status, product_key, product_name, needs_count, total_quantity::text, regions_count, region_codes,
            matched_capacity::text, capabilities_count, coverage::text
       FROM lots WHERE okpd2_kind = $1 AND unit = $2 AND status <> 'archived' ORDER BY product_key`,
    [kind, unit],
  );
  return result.rows;
}

export async function lotNeedIds(database: Database, lotId: string): Promise<string[]> {
  const result = await database.pool.query<{ need_id: string }>(
    'SELECT need_id FROM lot_needs WHERE lot_id = $1 ORDER BY need_id',
    [lotId],
  );
  return result.rows.map((row) => row.need_id);
}

/** A match row as the matching engine writes it (the engine itself is another module's job). */
export async function insertMatch(
  database: Database,
  match: {
    needId: string;
    capabilityId: string;
    manufacturerId: string;
    score: string;
    status?: string;
    /** A strong match (its manufacturer alerted); a possible one by default. */
    notified?: boolean;
  },
) {
  await database.pool.query(
    `INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, relevance, notified, components,
                          interregional, distance_km, need_version, status)
     VALUES ($1, $2, $3, $4, $4, $6, '{}', true, 100, 1, $5)`,
    [
      match.needId,
      match.capabilityId,
      match.manufacturerId,
      match.score,
      match.status ?? 'proposed',
      match.notified ?? false,
    ],
  );
}

/** Moves a need's publication (and creation) into the past: "open for `days` days". */
export async function openedDaysAgo(database: Database, needId: string, days: number) {
  await database.pool.query(
    `UPDATE needs SET published_at = now() - make_interval(days => $2), created_at = now() - make_interval(days => $2)
      WHERE id = $1`,
    [needId, days],
  );
}
