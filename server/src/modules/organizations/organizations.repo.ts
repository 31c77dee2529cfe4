import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ilike, inArray, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, users } from '../../db/schema';

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type OrganizationFilter = {
  kind?: string;
  regionCode?: string;
  verified?: boolean;
  q?: string;
  verification?: 'pending' | 'verified' | 'refused';
};

const verificationCondition = (status: NonNullable<OrganizationFilter['verification']>): SQL | undefined =>
  status === 'verified'
    ? eq(organizations.verified, true)
    : and(
        eq(organizations.verified, false),
        status === 'refused'
          ? isNotNull(organizations.verificationRefusedAt)
          : isNull(organizations.verificationRefusedAt),
      );

const verifierOrganizations = alias(organizations, 'verifier_organizations');

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

    /** Locks the row: two analysts deciding at once are serialised. */
    async findByIdForUpdate(id: string): Promise<OrganizationRow | undefined> {
      const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
      return row;
    },

    list(filter: OrganizationFilter, limit: number, offset: number): Promise<OrganizationRow[]> {
      const conditions: SQL[] = [];
      if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
      if (filter.regionCode) conditions.push(eq(organizations.regionCode, filter.regionCode));
      if (filter.verified !== undefined) conditions.push(eq(organizations.verified, filter.verified));
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
        // Analysts look organizations up by name, INN or OGRN alike.
        conditions.push(
          or(
            ilike(organizations.name, pattern),
            like(organizations.inn, pattern),
            like(organizations.ogrn, pattern),
          )!,
        );
      }
      if (filter.verification) conditions.push(verificationCondition(filter.verification)!);
      return (
        db
          .select()
          .from(organizations)
          .where(and(...conditions))
          // The verification queue is read oldest first: who has waited longest comes first.
          .orderBy(
            ...(filter.verification === 'pending'
              ? [asc(organizations.createdAt), asc(organizations.id)]
              : [asc(organizations.name), asc(organizations.id)]),
          )
          .limit(limit)
          .offset(offset)
      );
    },

    async update(id: string, values: Partial<NewOrganizationRow>): Promise<OrganizationRow> {
      const [row] = await db
        .update(organizations)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(organizations.id, id))
        .returning();
      return row!;
    },

    async verifier(id: string): Promise<{ fullName: string; organizationName: string } | undefined> {
      const [row] = await db
        .select({ fullName: users.fullName, organizationName: verifierOrganizations.name })
        .from(organizations)
        .innerJoin(users, eq(users.id, organizations.verifiedByUserId))
        .innerJoin(verifierOrganizations, eq(verifierOrganizations.id, users.organizationId))
        .where(eq(organizations.id, id));
      return row;
    },

    /** The active owners of each organization (the verification queue shows who registered it). */
    owners: (organizationIds: string[]) =>
      organizationIds.length === 0
        ? Promise.resolve([])
        : db
            .select({
              id: users.id,
              organizationId: users.organizationId,
              fullName: users.fullName,
              email: users.email,
            })
            .from(users)
            .where(
              and(
                inArray(users.organizationId, organizationIds),
                eq(users.role, 'owner'),
                isNull(users.removedAt),
                isNull(users.disabledAt),
              ),
            )
            .orderBy(asc(users.createdAt)),

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
