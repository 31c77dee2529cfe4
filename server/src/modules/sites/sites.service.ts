import type {
  CreateSite,
  Site,
  SiteList,
  SiteListQuery,
  UpdateSite,
} from '@zamena/shared/sites/sites.schemas';
import { type Proximity, proximityOf, siteFits } from '@zamena/shared/sites/sites.rules';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import {
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { isUniqueViolation } from '../../lib/pg-errors';
import { recordAudit } from '../audit/audit.repo';
import type { ReferenceService } from '../reference/reference.service';
import { toSite, toSiteAudit } from './site.mapper';
import { createSitesRepo, type SiteRow } from './sites.repo';

type Deps = { db: Db; reference: Pick<ReferenceService, 'existingOkpd2Codes' | 'listRegions'> };

export type NearSite = { site: Site; proximity: Proximity; distanceKm: number };
/** Goods of an OKPD2 code wanted in these regions. */
export type NearTarget = { okpd2: string; regionCodes: readonly string[] };

const rank = (proximity: Proximity) => (proximity === 'same_region' ? 0 : 1);

const NEAREST_SHOWN = 10;

const assertAnalyst = (actor: Actor) => {
  if (!isAnalyst(actor)) {
    throw new ForbiddenError('analysts_only', 'Only the association maintains the sites');
  }
};

/** Names are unique (the seed file upserts by name). */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'sites_name_key')) {
      throw new ConflictError('site_exists', 'A site of this name already exists');
    }
    throw error;
  }
}

const dedupe = <T>(values: T[] | undefined) => (values ? [...new Set(values)] : undefined);

/**
 * Special economic zones, technoparks, industrial parks and clusters (DESIGN.md §5): reference data
 * everyone signed in reads; the association maintains it (a site is deactivated, never deleted, as
 * residencies point at it).
 */
export function createSitesService({ db, reference }: Deps) {
  const repo = createSitesRepo(db);

  /** Codes and the region must exist in the reference data: a typo would silently hide the site. */
  async function scopeErrors(input: Partial<Pick<CreateSite, 'okpd2Prefixes' | 'regionCode'>>) {
    const errors: FieldError[] = [];
    if (input.okpd2Prefixes?.length) {
      const known = await reference.existingOkpd2Codes(input.okpd2Prefixes);
      input.okpd2Prefixes.forEach((code, i) => {
        if (!known.has(code)) errors.push({ path: `okpd2Prefixes.${i}`, message: `no OKPD2 code ${code}` });
      });
    }
    if (input.regionCode && !(await reference.listRegions()).some((r) => r.code === input.regionCode)) {
      errors.push({ path: 'regionCode', message: `no region ${input.regionCode}` });
    }
    if (errors.length > 0) throw new ValidationError('The site is invalid', errors);
  }

  async function visible(id: string, actor: Actor): Promise<SiteRow> {
    const row = await repo.findById(id);
    if (!row || (!row.active && !isAnalyst(actor))) throw new NotFoundError('Site');
    return row;
  }

  /**
   * `nearest` for many targets at once (a page of niches): the active sites and the regions are read
   * once, and each target gets at most `limit` sites. Results in the order of `targets`.
   */
  async function nearestFor(targets: readonly NearTarget[], limit: number): Promise<NearSite[][]> {
    if (targets.length === 0) return [];
    const [regions, rows] = await Promise.all([reference.listRegions(), repo.list({ active: true })]);
    const byCode = new Map(regions.map((region) => [region.code, region]));
    const located = rows.map((row) => ({
      row,
      location: { ...row, federalDistrict: byCode.get(row.regionCode)?.federalDistrict ?? '' },
    }));
    return targets.map(({ okpd2, regionCodes }) => {
      const demand = regionCodes.flatMap((code) => {
        const region = byCode.get(code);
        return region ? [region] : [];
      });
      const near = located.flatMap(({ row, location }) => {
        if (!siteFits(row.okpd2Prefixes, okpd2)) return [];
        const found = proximityOf(location, demand);
        return found ? [{ site: toSite(row), ...found }] : [];
      });
      return near
        .sort((a, b) => rank(a.proximity) - rank(b.proximity) || a.distanceKm - b.distanceKm)
        .slice(0, limit);
    });
  }

  return {
    async list(query: SiteListQuery, actor: Actor): Promise<SiteList> {
      const rows = await repo.list({
        kind: query.kind,
        regionCode: query.region,
        active: isAnalyst(actor) ? query.active : true,
      });
      const fitting = query.okpd2 ? rows.filter((row) => siteFits(row.okpd2Prefixes, query.okpd2!)) : rows;
      return { items: fitting.map(toSite) };
    },

    get: async (id: string, actor: Actor): Promise<Site> => toSite(await visible(id, actor)),

    /** An active site the residency form may name, else 404. */
    async findActive(id: string): Promise<SiteRow> {
      const row = await repo.findById(id);
      if (!row || !row.active) throw new NotFoundError('Site');
      return row;
    },

    /**
     * Active sites of a fitting specialization in the demand regions, then in their federal districts,
     * nearest first within each.
     */
    nearest: async (okpd2: string, regionCodes: readonly string[]): Promise<NearSite[]> =>
      (await nearestFor([{ okpd2, regionCodes }], NEAREST_SHOWN))[0] ?? [],

    nearestFor,

    async create(input: CreateSite, actor: Actor): Promise<Site> {
      assertAnalyst(actor);
      await scopeErrors(input);
      return uniqueName(() =>
        db.transaction(async (tx) => {
          const row = await createSitesRepo(tx).insert({
            ...input,
            okpd2Prefixes: dedupe(input.okpd2Prefixes),
          });
          await recordAudit(tx, {
            actor,
            action: 'site.created',
            entityType: 'site',
            entityId: row.id,
            after: toSiteAudit(row),
          });
          return toSite(row);
        }),
      );
    },

    async update(id: string, patch: UpdateSite, actor: Actor): Promise<Site> {
      const before = await visible(id, actor);
      assertAnalyst(actor);
      await scopeErrors(patch);
      return uniqueName(() =>
        db.transaction(async (tx) => {
          const row = await createSitesRepo(tx).update(id, {
            ...patch,
            okpd2Prefixes: dedupe(patch.okpd2Prefixes),
          });
          if (!row) throw new NotFoundError('Site');
          await recordAudit(tx, {
            actor,
            action: 'site.updated',
            entityType: 'site',
            entityId: id,
            before: toSiteAudit(before),
            after: toSiteAudit(row),
          });
          return toSite(row);
        }),
      );
    },
  };
}
export type SitesService = ReturnType<typeof createSitesService>;
