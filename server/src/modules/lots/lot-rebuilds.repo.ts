import { desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { lotRebuilds } from '../../db/schema';

export type LotRebuildRow = typeof lotRebuilds.$inferSelect;

/** Serialises requests, so two analysts clicking "rebuild" at once queue one run. */
const REQUEST_LOCK = 7_283_102;

export function createLotRebuildsRepo(db: DbExecutor) {
  return {
    /** Callers hold a transaction: the lock lasts until it ends. */
    lockRequests: () => db.execute(sql`SELECT pg_advisory_xact_lock(${REQUEST_LOCK})`),

    async findQueued(): Promise<LotRebuildRow | undefined> {
      const [row] = await db
        .select()
        .from(lotRebuilds)
        .where(eq(lotRebuilds.status, 'queued'))
        .orderBy(desc(lotRebuilds.createdAt))
        .limit(1);
      return row;
    },

    async findById(id: string): Promise<LotRebuildRow | undefined> {
      const [row] = await db.select().from(lotRebuilds).where(eq(lotRebuilds.id, id));
      return row;
    },

    async insert(values: typeof lotRebuilds.$inferInsert): Promise<LotRebuildRow> {
      const [row] = await db.insert(lotRebuilds).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<typeof lotRebuilds.$inferInsert>): Promise<void> {
      await db.update(lotRebuilds).set(values).where(eq(lotRebuilds.id, id));
    },
  };
}
