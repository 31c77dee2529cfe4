import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { supportMeasures } from '../../db/schema';

export type SupportMeasureRow = typeof supportMeasures.$inferSelect;
export type NewSupportMeasureRow = typeof supportMeasures.$inferInsert;

export function createSupportMeasuresRepo(db: DbExecutor) {
  return {
    list: (activeOnly: boolean | undefined): Promise<SupportMeasureRow[]> =>
      db
        .select()
        .from(supportMeasures)
        .where(activeOnly === undefined ? undefined : eq(supportMeasures.active, activeOnly))
        .orderBy(asc(supportMeasures.name), asc(supportMeasures.id)),

    async findById(id: string): Promise<SupportMeasureRow | undefined> {
      const [row] = await db.select().from(supportMeasures).where(eq(supportMeasures.id, id));
      return row;
    },

    async insert(values: NewSupportMeasureRow): Promise<SupportMeasureRow> {
      const [row] = await db.insert(supportMeasures).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<NewSupportMeasureRow>): Promise<SupportMeasureRow | undefined> {
      const [row] = await db
        .update(supportMeasures)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(supportMeasures.id, id))
        .returning();
      return row;
    },

    async remove(id: string): Promise<SupportMeasureRow | undefined> {
      const [row] = await db.delete(supportMeasures).where(eq(supportMeasures.id, id)).returning();
      return row;
    },
  };
}
export type SupportMeasuresRepo = ReturnType<typeof createSupportMeasuresRepo>;
