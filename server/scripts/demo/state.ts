import type { Database } from '../../src/db/client';
import { LOTS } from './data/deals';
import { DEMO_INNS } from './data/organizations';

export type DemoState =
  { kind: 'empty' } | { kind: 'loaded' } | { kind: 'partial' } | { kind: 'foreign'; organizations: number };

const EXPECTED_LOT_BIDS = LOTS.reduce((sum, lot) => sum + lot.bids.length, 0);

/**
 * What the database holds, told apart by INN: every organization but the platform operator (which
 * has none, and comes with an ADMIN_EMAIL administrator) has one; reference data and the server's
 * secret are no one's. The demo's lot bids are its last step, so they mark a finished load, which
 * stays recognised after people have added their own data to it.
 */
export async function demoState(database: Database): Promise<DemoState> {
  const { rows } = await database.pool.query<{ inn: string }>(
    'SELECT inn FROM organizations WHERE inn IS NOT NULL',
  );
  const demo = rows.filter((row) => DEMO_INNS.has(row.inn)).length;
  const foreign = rows.length - demo;
  if (demo === DEMO_INNS.size) {
    const { rows: bids } = await database.pool.query<{ count: string }>(
      `SELECT count(*) FROM lot_bids b JOIN organizations o ON o.id = b.bidder_organization_id
        WHERE o.inn = ANY($1::text[])`,
      [[...DEMO_INNS]],
    );
    if (Number(bids[0]?.count) >= EXPECTED_LOT_BIDS) return { kind: 'loaded' };
  }
  if (foreign > 0) return { kind: 'foreign', organizations: foreign };
  return demo === 0 ? { kind: 'empty' } : { kind: 'partial' };
}
