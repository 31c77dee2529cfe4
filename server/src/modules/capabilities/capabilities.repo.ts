import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { capabilities, organizations } from '../../db/schema';
import type { WriteProgress } from '../../lib/write-progress';

// The generated tsvector is for the database's eyes only: never selected or returned.
const { search: _search, ...columns } = getTableColumns(capabilities);
export const capabilityColumns = columns;

export const manufacturerColumns = {
  id: organizations.id,
  name: organizations.name,
  regionCode: organizations.regionCode,
  verified: organizations.verified,
};

export type CapabilityRow = Omit<typeof capabilities.$inferSelect, 'search'>;
export type NewCapabilityRow = Omit<typeof capabilities.$inferInsert, 'search'>;
export type ManufacturerRow = { id: string; name: string; regionCode: string; verified: boolean };
export type CapabilityWithManufacturer = { capability: CapabilityRow; manufacturer: ManufacturerRow };

const INSERT_CHUNK = 1000;

export function createCapabilitiesRepo(db: DbExecutor) {
  return {
    /**
     * In statements of INSERT_CHUNK rows (PostgreSQL binds at most 65,535 parameters), telling `progress`
     * the count after each; callers hold a transaction.
     */
    async insertMany(values: NewCapabilityRow[], progress?: WriteProgress): Promise<CapabilityRow[]> {
      const rows: CapabilityRow[] = [];
      for (let start = 0; start < values.length; start += INSERT_CHUNK) {
        const chunk = values.slice(start, start + INSERT_CHUNK);
        rows.push(...(await db.insert(capabilities).values(chunk).returning(capabilityColumns)));
        await progress?.(rows.length);
      }
      return rows;
    },

    async findById(id: string): Promise<CapabilityWithManufacturer | undefined> {
      const [row] = await db
        .select({ capability: capabilityColumns, manufacturer: manufacturerColumns })
        .from(capabilities)
        .innerJoin(organizations, eq(organizations.id, capabilities.manufacturerOrganizationId))
        .where(eq(capabilities.id, id));
      return row;
    },

    /** Optimistic concurrency: writes only while the row still has `version` (undefined: any version). */
    async updateVersioned(
      id: string,
      version: number | undefined,
      values: Partial<NewCapabilityRow>,
    ): Promise<CapabilityRow | undefined> {
      const [row] = await db
        .update(capabilities)
        .set({ ...values, version: sql`${capabilities.version} + 1`, updatedAt: sql`now()` })
        .where(
          and(eq(capabilities.id, id), version === undefined ? undefined : eq(capabilities.version, version)),
        )
        .returning(capabilityColumns);
      return row;
    },
  };
}
export type CapabilitiesRepo = ReturnType<typeof createCapabilitiesRepo>;
