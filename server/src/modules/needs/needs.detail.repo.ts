import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { rowMappedSelection } from '../../db/row-mapped-statement';
import { needs, organizations } from '../../db/schema';
import { needBuyerColumns, needColumns, type NeedWithBuyer } from './needs.repo';
import { ph, suppliedByViewer } from './needs.search.filters';

/** The need, its buyer, and whether the viewer supplies an order on it (who may see the buyer's contacts). */
export type NeedDetailRow = NeedWithBuyer & { supplied: boolean };

const detail = rowMappedSelection<NeedDetailRow>({
  need: needColumns,
  buyer: needBuyerColumns,
  supplied: suppliedByViewer,
});

const byId = sql`SELECT ${detail.selectList}
  FROM ${needs} JOIN ${organizations} ON ${organizations.id} = ${needs.buyerOrganizationId}
  WHERE ${needs.id} = ${ph('id')}`;

/**
 * A need's page in one round trip: one named statement (parsed and planned once per connection) whose
 * rows are mapped by the selection's generated mapper, not by drizzle's per-field lookup.
 */
export function createNeedDetailRepo(db: DbExecutor) {
  const statement = detail.statement(db, byId, 'needs_detail');
  return {
    /** `viewerOrganizationId` null: nobody's orders (analysts see contacts anyway). */
    async find(id: string, viewerOrganizationId: string | null): Promise<NeedDetailRow | undefined> {
      const [row] = await statement({ id, viewer: viewerOrganizationId });
      return row;
    },
  };
}
