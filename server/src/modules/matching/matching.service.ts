import { okpd2SubtreePrefix } from '@zamena/shared/domain/okpd2';
import type {
  Match,
  MatchList,
  MatchPage,
  MatchQueueQuery,
  MatchReview,
} from '@zamena/shared/matching/matching.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { toMatch } from './match.mapper';
import { createMatchesQueryRepo, type MatchRow } from './matches.query.repo';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'get'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
};

/** Needs a manufacturer may see in its matches; reviewed matches outlive cancelled needs. */
const PUBLIC_NEED_STATUSES = ['open', 'awarded', 'expired'] as const;

const isBuyerSide = (actor: Actor, need: { buyerOrganizationId: string; postedByOrganizationId: string }) =>
  need.buyerOrganizationId === actor.organizationId || need.postedByOrganizationId === actor.organizationId;

/** Reads matches (DESIGN.md §3: buyer side, manufacturer, analysts; centres their region) and reviews them. */
export function createMatchingService({ db, needs, capabilities, organizations }: Deps) {
  const repo = createMatchesQueryRepo(db);

  /** A centre reads its region's matches once verified (it acts for the region only then). */
  async function verifiedCentreRegion(actor: Actor): Promise<string | null> {
    if (actor.organizationKind !== 'center') return null;
    const organization = await organizations.findRow(actor.organizationId);
    return organization?.verified ? organization.regionCode : null;
  }

  async function canSeeMatchRow(row: MatchRow, actor: Actor): Promise<boolean> {
    if (isAnalyst(actor) || isBuyerSide(actor, row.need)) return true;
    if (row.match.manufacturerOrganizationId === actor.organizationId)
      return row.match.status !== 'dismissed';
    return (await verifiedCentreRegion(actor)) === row.need.deliveryRegionCode;
  }

  return {
    async forNeed(needId: string, actor: Actor): Promise<MatchList> {
      const need = await needs.get(needId, actor);
      const allowed =
        isAnalyst(actor) ||
        isBuyerSide(actor, need) ||
        (await verifiedCentreRegion(actor)) === need.deliveryRegionCode;
      // Whoever may see the need but not its suppliers learns nothing: the same 404 as a missing need.
      if (!allowed) throw new NotFoundError('Need');
      const rows = await repo.forNeed(needId, !isAnalyst(actor));
      return { items: rows.map(toMatch) };
    },

    async forCapability(capabilityId: string, actor: Actor): Promise<MatchList> {
      const capability = await capabilities.get(capabilityId, actor);
      const analyst = isAnalyst(actor);
      if (!analyst && capability.manufacturerOrganizationId !== actor.organizationId) {
        throw new NotFoundError('Capability');
      }
      const rows = await repo.forCapability(
        capabilityId,
        !analyst,
        analyst ? undefined : PUBLIC_NEED_STATUSES,
      );
      return { items: rows.map(toMatch) };
    },

    async queue(query: MatchQueueQuery, actor: Actor): Promise<MatchPage> {
      let regionCode = query.region;
      if (!isAnalyst(actor)) {
        const own = await verifiedCentreRegion(actor);
        if (!own) {
          throw new ForbiddenError('analysts_only', 'The review queue is for analysts and verified centres');
        }
        if (regionCode && regionCode !== own) {
          throw new ForbiddenError('outside_region', 'A centre sees the matches of its own region');
        }
        regionCode = own;
      }
      const sort = query.sort === 'score' ? 'relevance' : 'date';
      const rows = await repo.queue({
        statuses: query.status,
        regionCode,
        district: query.district,
        okpd2Prefix: query.okpd2 ? okpd2SubtreePrefix(query.okpd2) : undefined,
        minScore: query.minScore,
        sort: query.sort,
        after: query.cursor ? decodeCursor(query.cursor, sort) : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toMatch),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort, key: last.sortKey, id: last.match.id })
            : null,
      };
    },

    /** Association members and admins; a dismissal keeps its reason (labelled data, DESIGN.md §4). */
    async review(id: string, input: MatchReview, actor: Actor): Promise<Match> {
      const row = await repo.findById(id);
      if (!row || !(await canSeeMatchRow(row, actor))) throw new NotFoundError('Match');
      if (!isAnalyst(actor)) {
        throw new ForbiddenError('analysts_only', 'Only association analysts review matches');
      }
      const status = input.decision === 'approve' ? 'approved' : 'dismissed';
      const reviewReason = input.reason || null;
      return db.transaction(async (tx) => {
        const txRepo = createMatchesQueryRepo(tx);
        await txRepo.review(id, { status, reviewReason, reviewedByUserId: actor.userId });
        await recordAudit(tx, {
          actor,
          action: `match.${status}`,
          entityType: 'match',
          entityId: id,
          before: { status: row.match.status, reviewReason: row.match.reviewReason },
          after: { status, reviewReason },
        });
        return toMatch((await txRepo.findById(id))!);
      });
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
