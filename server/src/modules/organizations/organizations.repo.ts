import { and, asc, eq, ilike, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, users } from '../../db/schema';

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type OrganizationFilter = { kind?: string; regionCode?: string; verified?: boolean; q?: string };

export function createOrganizationsRepo(db: DbExecutor) {
  return {
    async insert(values: NewOrganizationRow): Promise<OrganizationRow> {
      const [row] = await db.insert(organizations).values(values).returning();
      return row!;
    },

    async findById(id: string): Promise<OrganizationRow | undefined> {
      const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
      return row;
    },

    list(filter: OrganizationFilter, limit: number, offset: number): Promise<OrganizationRow[]> {
      const conditions: SQL[] = [];
      if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
      if (filter.regionCode) conditions.push(eq(organizations.regionCode, filter.regionCode));
      if (filter.verified !== undefined) conditions.push(eq(organizations.verified, filter.verified));
      if (filter.q) conditions.push(ilike(organizations.name, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`));
      return db
        .select()
        .from(organizations)
        .where(and(...conditions))
        .orderBy(asc(organizations.name), asc(organizations.id))
        .limit(limit)
        .offset(offset);
    },

    async update(id: string, values: Partial<NewOrganizationRow>): Promise<OrganizationRow> {
      const [row] = await db
        .update(organizations)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(organizations.id, id))
        .returning();
      return row!;
    },

    members: (organizationId: string) =>
      db
        .select({
          id: users.id,
          email: users.email,
          fullName: users.fullName,
          role: users.role,
          isAdmin: users.isAdmin,
          organizationId: users.organizationId,
          language: users.language,
          disabledAt: users.disabledAt,
          createdAt: users.createdAt,
        })
        .from(users)
        // Removed members stay in the table for the records, not in the list.
        .where(and(eq(users.organizationId, organizationId), isNull(users.removedAt)))
        .orderBy(asc(users.createdAt)),
  };
}
export type OrganizationsRepo = ReturnType<typeof createOrganizationsRepo>;
