import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, siteResidencies, sites } from '../../db/schema';

export type SiteRow = typeof sites.$inferSelect;
export type NewSiteRow = typeof sites.$inferInsert;
export type ResidencyRow = typeof siteResidencies.$inferSelect;

const residencyColumns = {
  residency: siteResidencies,
  organizationName: organizations.name,
  site: { id: sites.id, name: sites.name, kind: sites.kind, regionCode: sites.regionCode },
};

export function createSitesRepo(db: DbExecutor) {
  const residencies = (where: SQL | undefined) =>
    db
      .select(residencyColumns)
      .from(siteResidencies)
      .innerJoin(sites, eq(sites.id, siteResidencies.siteId))
      .innerJoin(organizations, eq(organizations.id, siteResidencies.organizationId))
      .where(where)
      .orderBy(asc(siteResidencies.createdAt), asc(siteResidencies.id));

  return {
    /** Kind and region narrow in SQL; the OKPD2 rule is applied by the service (a small table). */
    list: (filter: { kind?: string; regionCode?: string; active?: boolean }): Promise<SiteRow[]> =>
      db
        .select()
        .from(sites)
        .where(
          and(
            filter.kind ? eq(sites.kind, filter.kind) : undefined,
            filter.regionCode ? eq(sites.regionCode, filter.regionCode) : undefined,
            filter.active === undefined ? undefined : eq(sites.active, filter.active),
          ),
        )
        .orderBy(asc(sites.name), asc(sites.id)),

    async findById(id: string): Promise<SiteRow | undefined> {
      const [row] = await db.select().from(sites).where(eq(sites.id, id));
      return row;
    },

    async insert(values: NewSiteRow): Promise<SiteRow> {
      const [row] = await db.insert(sites).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<NewSiteRow>): Promise<SiteRow | undefined> {
      const [row] = await db
        .update(sites)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(sites.id, id))
        .returning();
      return row;
    },

    residenciesOf: (organizationId: string, status?: string) =>
      residencies(
        and(
          eq(siteResidencies.organizationId, organizationId),
          status ? eq(siteResidencies.status, status) : undefined,
        ),
      ),

    residenciesByStatus: (status: string) => residencies(eq(siteResidencies.status, status)),

    async residency(id: string) {
      const [row] = await residencies(eq(siteResidencies.id, id));
      return row;
    },

    /** A new declaration, or a refused one declared again (back to pending); a live one stays as it is. */
    async declare(organizationId: string, siteId: string): Promise<string> {
      const [row] = await db
        .insert(siteResidencies)
        .values({ organizationId, siteId })
        .onConflictDoUpdate({
          target: [siteResidencies.organizationId, siteResidencies.siteId],
          set: {
            status: 'pending',
            reason: null,
            decidedAt: null,
            decidedByUserId: null,
            updatedAt: new Date(),
          },
          setWhere: eq(siteResidencies.status, 'refused'),
        })
        .returning({ id: siteResidencies.id });
      if (row) return row.id;
      const [existing] = await db
        .select({ id: siteResidencies.id })
        .from(siteResidencies)
        .where(and(eq(siteResidencies.organizationId, organizationId), eq(siteResidencies.siteId, siteId)));
      return existing!.id;
    },

    async lockResidency(id: string): Promise<ResidencyRow | undefined> {
      const [row] = await db.select().from(siteResidencies).where(eq(siteResidencies.id, id)).for('update');
      return row;
    },

    async decide(id: string, values: Partial<typeof siteResidencies.$inferInsert>): Promise<void> {
      await db
        .update(siteResidencies)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(siteResidencies.id, id));
    },

    async removeResidency(id: string): Promise<void> {
      await db.delete(siteResidencies).where(eq(siteResidencies.id, id));
    },
  };
}
export type SitesRepo = ReturnType<typeof createSitesRepo>;
export type ResidencyWithNames = NonNullable<Awaited<ReturnType<SitesRepo['residency']>>>;
