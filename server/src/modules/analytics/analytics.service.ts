import type {
  AnalyticsBottlenecks,
  AnalyticsFlows,
  AnalyticsNiches,
  AnalyticsQuery,
  AnalyticsRegions,
  AnalyticsSummary,
  BottleneckQuery,
  NicheQuery,
} from '@zamena/shared/analytics/analytics.schemas';
import { okpd2SubtreePrefix } from '@zamena/shared/domain/okpd2';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { SitesService } from '../sites/sites.service';
import type { SupportMeasuresService } from '../support-measures/support-measures.service';
import { findBottlenecks } from './analytics.bottlenecks.repo';
import {
  toBottleneckGroup,
  toDistrictAnalytics,
  toFlow,
  toNiche,
  toRegionAnalytics,
  toSummary,
} from './analytics.mapper';
import { findNiches } from './analytics.niches.repo';
import { createAnalyticsRepo } from './analytics.repo';

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  supportMeasures: Pick<SupportMeasuresService, 'forTargets'>;
  sites: Pick<SitesService, 'nearestFor'>;
  /** BOTTLENECK_AFTER_DAYS. */
  bottleneckAfterDays: number;
  clock?: () => Date;
};

const DAY_MS = 86_400_000;
/** Sites shown beside a niche: the nearest few of a fitting specialization. */
const NICHE_SITES = 3;

/**
 * The analyst workspace (DESIGN.md §3, §5): associations and admins see everything (or one region on
 * request); a verified centre sees its own region and nothing else; enterprises are refused.
 */
export function createAnalyticsService({
  db,
  organizations,
  supportMeasures,
  sites,
  bottleneckAfterDays,
  clock = () => new Date(),
}: Deps) {
  const repo = createAnalyticsRepo(db);

  /** The region the figures are limited to (null: the whole country), or why the caller may not look. */
  async function scopeOf(query: AnalyticsQuery, actor: Actor): Promise<string | null> {
    if (isAnalyst(actor)) return query.region ?? null;
    if (actor.organizationKind !== 'center') {
      throw new ForbiddenError(
        'analysts_only',
        'Analytics are for association analysts and regional centres',
      );
    }
    const centre = await organizations.findRow(actor.organizationId);
    if (!centre?.verified) {
      throw new ForbiddenError(
        'center_not_verified',
        'A centre sees its region’s analytics once an association member has verified it',
      );
    }
    // Another region's figures do not exist for a centre: the same answer as an unknown region.
    if (query.region && query.region !== centre.regionCode) throw new NotFoundError('Region analytics');
    return centre.regionCode;
  }

  return {
    async summary(query: AnalyticsQuery, actor: Actor): Promise<AnalyticsSummary> {
      const region = await scopeOf(query, actor);
      return toSummary(await repo.summary(region), region, clock());
    },

    async regions(query: AnalyticsQuery, actor: Actor): Promise<AnalyticsRegions> {
      const region = await scopeOf(query, actor);
      const rows = await repo.regions(region);
      return {
        scope: { regionCode: region },
        regions: rows.filter((row) => row.level === 'region').map(toRegionAnalytics),
        districts: rows.filter((row) => row.level === 'district').map(toDistrictAnalytics),
      };
    },

    async flows(query: AnalyticsQuery, actor: Actor): Promise<AnalyticsFlows> {
      const region = await scopeOf(query, actor);
      return { scope: { regionCode: region }, flows: (await repo.flows(region)).map(toFlow) };
    },

    async bottlenecks(query: BottleneckQuery, actor: Actor): Promise<AnalyticsBottlenecks> {
      const region = await scopeOf(query, actor);
      const now = clock();
      const rows = await findBottlenecks(db, {
        openBefore: new Date(now.getTime() - bottleneckAfterDays * DAY_MS),
        now,
        region,
        okpd2Prefix: query.okpd2 ? okpd2SubtreePrefix(query.okpd2) : undefined,
        limit: query.limit,
        itemsPerGroup: query.itemsPerGroup,
      });
      return {
        scope: { regionCode: region },
        afterDays: bottleneckAfterDays,
        totalNeeds: rows[0]?.total_needs ?? 0,
        totalGroups: rows[0]?.total_groups ?? 0,
        groups: rows.map(toBottleneckGroup),
      };
    },

    async niches(query: NicheQuery, actor: Actor): Promise<AnalyticsNiches> {
      const region = await scopeOf(query, actor);
      const now = clock();
      const rows = await findNiches(db, {
        region,
        okpd2: query.okpd2,
        maxCapabilities: query.maxCapabilities,
        limit: query.limit,
        today: now.toISOString().slice(0, 10),
      });
      const asOf = region ? now : await repo.lastLotRebuildAt();
      const targets = rows.map((row) => ({ okpd2: row.kind, regionCodes: row.region_codes }));
      const [measures, near] = await Promise.all([
        supportMeasures.forTargets(targets),
        sites.nearestFor(targets, NICHE_SITES),
      ]);
      return {
        scope: { regionCode: region },
        asOf: asOf?.toISOString() ?? null,
        maxCapabilities: query.maxCapabilities,
        items: rows.map((row, i) => toNiche(row, measures[i] ?? [], near[i] ?? [])),
      };
    },
  };
}
export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
