import { and, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { needs, organizations } from '../../db/schema';
import type { WriteProgress } from '../../lib/write-progress';

// The generated tsvector is for the database's eyes only: never selected or returned.
const { search: _search, ...columns } = getTableColumns(needs);
export const needColumns = columns;

export const needBuyerColumns = {
  id: organizations.id,
  name: organizations.name,
  regionCode: organizations.regionCode,
  verified: organizations.verified,
  contacts: organizations.contacts,
  openDataConsent: organizations.openDataConsent,
};

export type NeedRow = Omit<typeof needs.$inferSelect, 'search'>;
export type NewNeedRow = Omit<typeof needs.$inferInsert, 'search'>;
export type NeedBuyerRow = {
  id: string;
  name: string;
  regionCode: string;
  verified: boolean;
  contacts: { email?: string; phone?: string; website?: string };
};
/** The buyer as the queries read it; the public catalogue names it only with its open-data consent. */
export type NeedWithBuyer = { need: NeedRow; buyer: NeedBuyerRow & { openDataConsent: boolean } };

const bumpVersion = () => ({ version: sql`${needs.version} + 1`, updatedAt: sql`now()` });

const INSERT_CHUNK = 1000;

export function createNeedsRepo(db: DbExecutor) {
  return {
    /**
     * In statements of INSERT_CHUNK rows (PostgreSQL binds at most 65,535 parameters), telling `progress`
     * the count after each; callers hold a transaction.
     */
    async insertMany(values: NewNeedRow[], progress?: WriteProgress): Promise<NeedRow[]> {
      const rows: NeedRow[] = [];
      for (let start = 0; start < values.length; start += INSERT_CHUNK) {
        const chunk = values.slice(start, start + INSERT_CHUNK);
        rows.push(...(await db.insert(needs).values(chunk).returning(needColumns)));
        await progress?.(rows.length);
      }
      return rows;
    },

    async findById(id: string): Promise<NeedWithBuyer | undefined> {
      const [row] = await db
        .select({ need: needColumns, buyer: needBuyerColumns })
        .from(needs)
        .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
        .where(eq(needs.id, id));
      return row;
    },

    /**
     * The optimistic-concurrency write: changes the row only if it still has `version` and one of
     * `statuses`; otherwise nothing is written and undefined comes back (the caller answers 412 / 409).
     */
    async updateVersioned(
      id: string,
      version: number | undefined,
      statuses: readonly string[],
      values: Partial<NewNeedRow>,
    ): Promise<NeedRow | undefined> {
      const [row] = await db
        .update(needs)
        .set({ ...values, ...bumpVersion() })
        .where(
          and(
            eq(needs.id, id),
            version === undefined ? undefined : eq(needs.version, version),
            inArray(needs.status, [...statuses]),
          ),
        )
        .returning(needColumns);
      return row;
    },

    /** Open needs due before `today`, at most `limit`, skipping rows another transaction holds. */
    expireOverdue: (today: string, limit: number): Promise<NeedRow[]> => {
      const due = db
        .select({ id: needs.id })
        .from(needs)
        .where(and(eq(needs.status, 'open'), lt(needs.neededBy, today)))
        .limit(limit)
        .for('update', { skipLocked: true });
      return db
        .update(needs)
        .set({ status: 'expired', ...bumpVersion() })
        .where(and(inArray(needs.id, due), eq(needs.status, 'open')))
        .returning(needColumns);
    },
  };
}
export type NeedsRepo = ReturnType<typeof createNeedsRepo>;
